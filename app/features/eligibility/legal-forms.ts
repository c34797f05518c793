import type { EligibilityRules } from "./types";

/** Families of legal forms, as the programme team speaks of them. */
export type LegalFormFamily = "association" | "cooperative" | "mutual" | "foundation";

/**
 * INSEE legal categories (catégories juridiques, level III) that are ESS by nature under the law
 * of 31 July 2014, art. 1 (associations, cooperatives, mutuals, foundations), with INSEE's labels.
 * Only codes we are sure of are listed. Left out on purpose: 9224 (association d'avocats à
 * responsabilité professionnelle individuelle, a lawyers' practice), 9240 (congrégation),
 * 8510 (institution de prévoyance, paritarian), 5191 (société de caution mutuelle, unsure).
 * Mutuals are 82xx (8310/8311 are works councils, CSE). SCIC have no code of their own: they are
 * registered as "autre SARL/SA coopérative" (5460, 5560, 5660) or, as SAS, 5710 like any SAS.
 */
export const essLegalForms: Readonly<Record<string, { family: LegalFormFamily; label: string }>> = {
  "9210": { family: "association", label: "Association non déclarée" },
  "9220": { family: "association", label: "Association déclarée" },
  "9221": { family: "association", label: "Association déclarée d'insertion par l'économique" },
  "9222": { family: "association", label: "Association intermédiaire" },
  "9223": { family: "association", label: "Groupement d'employeurs" },
  "9230": { family: "association", label: "Association déclarée, reconnue d'utilité publique" },
  "9260": {
    family: "association",
    label: "Association de droit local (Bas-Rhin, Haut-Rhin et Moselle)",
  },
  "5195": {
    family: "cooperative",
    label: "Association coopérative inscrite (droit local Alsace Moselle)",
  },
  "5192": { family: "cooperative", label: "Société coopérative de banque populaire" },
  "5193": { family: "cooperative", label: "Caisse de crédit maritime mutuel" },
  "5194": { family: "cooperative", label: "Caisse (fédérale) de crédit mutuel" },
  "5196": {
    family: "cooperative",
    label: "Caisse d'épargne et de prévoyance à forme coopérative",
  },
  "5203": { family: "cooperative", label: "Société en nom collectif coopérative" },
  "5307": { family: "cooperative", label: "Société en commandite simple coopérative" },
  "5309": { family: "cooperative", label: "Société en commandite par actions coopérative" },
  "5443": { family: "cooperative", label: "SARL coopérative de construction" },
  "5451": { family: "cooperative", label: "SARL coopérative de consommation" },
  "5453": { family: "cooperative", label: "SARL coopérative artisanale" },
  "5454": { family: "cooperative", label: "SARL coopérative d'intérêt maritime" },
  "5455": { family: "cooperative", label: "SARL coopérative de transport" },
  "5458": { family: "cooperative", label: "SARL coopérative ouvrière de production (SCOP)" },
  "5459": { family: "cooperative", label: "SARL union de sociétés coopératives" },
  "5460": { family: "cooperative", label: "Autre SARL coopérative" },
  "5543": {
    family: "cooperative",
    label: "SA coopérative de construction à conseil d'administration",
  },
  "5547": {
    family: "cooperative",
    label: "SA coopérative de production de HLM à conseil d'administration",
  },
  "5551": {
    family: "cooperative",
    label: "SA coopérative de consommation à conseil d'administration",
  },
  "5552": {
    family: "cooperative",
    label: "SA coopérative de commerçants-détaillants à conseil d'administration",
  },
  "5553": { family: "cooperative", label: "SA coopérative artisanale à conseil d'administration" },
  "5554": {
    family: "cooperative",
    label: "SA coopérative d'intérêt maritime à conseil d'administration",
  },
  "5555": {
    family: "cooperative",
    label: "SA coopérative de transport à conseil d'administration",
  },
  "5558": {
    family: "cooperative",
    label: "SA coopérative ouvrière de production (SCOP) à conseil d'administration",
  },
  "5559": {
    family: "cooperative",
    label: "SA union de sociétés coopératives à conseil d'administration",
  },
  "5560": { family: "cooperative", label: "Autre SA coopérative à conseil d'administration" },
  "5643": { family: "cooperative", label: "SA coopérative de construction à directoire" },
  "5647": {
    family: "cooperative",
    label: "Société coopérative de production de HLM anonyme à directoire",
  },
  "5651": { family: "cooperative", label: "SA coopérative de consommation à directoire" },
  "5652": {
    family: "cooperative",
    label: "SA coopérative de commerçants-détaillants à directoire",
  },
  "5653": { family: "cooperative", label: "SA coopérative artisanale à directoire" },
  "5654": { family: "cooperative", label: "SA coopérative d'intérêt maritime à directoire" },
  "5655": { family: "cooperative", label: "SA coopérative de transport à directoire" },
  "5658": {
    family: "cooperative",
    label: "SA coopérative ouvrière de production (SCOP) à directoire",
  },
  "5659": { family: "cooperative", label: "SA union de sociétés coopératives à directoire" },
  "5660": { family: "cooperative", label: "Autre SA coopérative à directoire" },
  "6316": {
    family: "cooperative",
    label: "Coopérative d'utilisation de matériel agricole en commun (CUMA)",
  },
  "6317": { family: "cooperative", label: "Société coopérative agricole" },
  "6318": { family: "cooperative", label: "Union de sociétés coopératives agricoles" },
  "6543": { family: "cooperative", label: "Société civile coopérative de construction" },
  "6551": { family: "cooperative", label: "Société civile coopérative de consommation" },
  "6554": { family: "cooperative", label: "Société civile coopérative d'intérêt maritime" },
  "6558": { family: "cooperative", label: "Société civile coopérative entre médecins" },
  "6560": { family: "cooperative", label: "Autre société civile coopérative" },
  "6595": { family: "cooperative", label: "Caisse locale de crédit mutuel" },
  "6596": { family: "cooperative", label: "Caisse de crédit agricole mutuel" },
  "6411": { family: "mutual", label: "Société d'assurance à forme mutuelle" },
  "8210": { family: "mutual", label: "Mutuelle" },
  "8250": { family: "mutual", label: "Assurance mutuelle agricole" },
  "8290": { family: "mutual", label: "Autre organisme mutualiste" },
  "9300": { family: "foundation", label: "Fondation" },
};

/** Every INSEE code that is ESS by nature (the keys of `essLegalForms`), sorted. */
export const essLegalFormCodes: readonly string[] = Object.keys(essLegalForms).sort();

/** The SCOP codes (SARL, SA with board, SA with directorate). */
const scopCodes: readonly string[] = ["5458", "5558", "5658"];

/**
 * The plain-language choices of the form, each mapped to a representative INSEE code sent to the
 * rules (null for "je ne sais pas"). Both company choices use 5710 (SAS): for a company that is not
 * ESS by nature, only the ESUS approval matters, so any such code gives the same outcome.
 * `esus` is the ESUS answer the choice implies; when absent, the form asks the question.
 */
export const legalFormChoices = [
  { id: "association", code: "9220" },
  { id: "association_local", code: "9260" },
  { id: "scop", code: "5458" },
  { id: "scic", code: "5460" },
  { id: "cooperative_other", code: "5460" },
  { id: "mutual", code: "8210" },
  { id: "foundation", code: "9300" },
  { id: "company_esus", code: "5710", esus: true },
  { id: "company_not_esus", code: "5710", esus: false },
  { id: "other", code: "9900" },
  { id: "unknown", code: null },
] as const satisfies readonly { id: string; code: string | null; esus?: boolean }[];

/** One plain-language legal-form choice id. */
export type LegalFormChoiceId = (typeof legalFormChoices)[number]["id"];

/** Tells whether a legal form is accepted as ESS by nature by a programme's rules. */
export function isEssLegalForm(
  code: string,
  rules: Pick<EligibilityRules, "acceptedLegalFormCodes">,
): boolean {
  return rules.acceptedLegalFormCodes.includes(code);
}

/** Tells whether a value is a well-formed INSEE legal category code (four digits). */
export function isLegalFormCode(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}$/.test(value);
}

/** Returns the answers a choice stands for: its INSEE code and, if it implies one, its ESUS answer. */
export function answersForChoice(id: LegalFormChoiceId): {
  legalForm: string | null;
  esus?: boolean;
} {
  const choice = legalFormChoices.find((c) => c.id === id);
  if (!choice) throw new RangeError(`Unknown legal-form choice: ${id}`);
  return "esus" in choice
    ? { legalForm: choice.code, esus: choice.esus }
    : { legalForm: choice.code };
}

/**
 * Returns the choice to preselect for an INSEE code (e.g. from a SIRET lookup), or null when the
 * form must ask: a commercial company (5xxx) whose ESUS approval is unknown. SCIC are never
 * inferred, having no code of their own: they show as "autre coopérative" or as a company.
 */
export function choiceForCode(code: string, esus: boolean | null): LegalFormChoiceId | null {
  const family = essLegalForms[code]?.family;
  if (code === "9260") return "association_local";
  if (scopCodes.includes(code)) return "scop";
  if (family === "association") return "association";
  if (family === "cooperative") return "cooperative_other";
  if (family) return family;
  if (!code.startsWith("5")) return "other";
  if (esus === null) return null;
  return esus ? "company_esus" : "company_not_esus";
}
