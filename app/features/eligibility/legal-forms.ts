import { legalFormLabel } from "./insee-legal-forms";
import type { EligibilityRules } from "./types";

/** Families of legal forms, as the programme team speaks of them. */
export type LegalFormFamily = "association" | "cooperative" | "mutual" | "foundation";

/**
 * INSEE legal categories (catégories juridiques, level III) that are ESS by nature under the law
 * of 31 July 2014, art. 1 (associations, cooperatives, mutuals, foundations), by family.
 * Only codes we are sure of are listed. Left out on purpose: 9224 (association d'avocats à
 * responsabilité professionnelle individuelle, a lawyers' practice), 9240 (congrégation),
 * 8510 (institution de prévoyance, paritarian), 5191 (société de caution mutuelle, unsure).
 * Mutuals are 82xx (8310/8311 are works councils, CSE). SCIC have no code of their own: they are
 * registered as "autre SARL/SA coopérative" (5460, 5560, 5660) or, as SAS, 5710 like any SAS.
 */
const essFamilies: Readonly<Record<string, LegalFormFamily>> = {
  "9210": "association",
  "9220": "association",
  "9221": "association",
  "9222": "association",
  "9223": "association",
  "9230": "association",
  "9260": "association",
  "5195": "cooperative",
  "5192": "cooperative",
  "5193": "cooperative",
  "5194": "cooperative",
  "5196": "cooperative",
  "5203": "cooperative",
  "5307": "cooperative",
  "5309": "cooperative",
  "5443": "cooperative",
  "5451": "cooperative",
  "5453": "cooperative",
  "5454": "cooperative",
  "5455": "cooperative",
  "5458": "cooperative",
  "5459": "cooperative",
  "5460": "cooperative",
  "5543": "cooperative",
  "5547": "cooperative",
  "5551": "cooperative",
  "5552": "cooperative",
  "5553": "cooperative",
  "5554": "cooperative",
  "5555": "cooperative",
  "5558": "cooperative",
  "5559": "cooperative",
  "5560": "cooperative",
  "5643": "cooperative",
  "5647": "cooperative",
  "5651": "cooperative",
  "5652": "cooperative",
  "5653": "cooperative",
  "5654": "cooperative",
  "5655": "cooperative",
  "5658": "cooperative",
  "5659": "cooperative",
  "5660": "cooperative",
  "6316": "cooperative",
  "6317": "cooperative",
  "6318": "cooperative",
  "6543": "cooperative",
  "6551": "cooperative",
  "6554": "cooperative",
  "6558": "cooperative",
  "6560": "cooperative",
  "6595": "cooperative",
  "6596": "cooperative",
  "6411": "mutual",
  "8210": "mutual",
  "8250": "mutual",
  "8290": "mutual",
  "9300": "foundation",
};

/** The ESS legal forms with their family and INSEE label (from `inseeLegalFormLabels`). */
export const essLegalForms: Readonly<Record<string, { family: LegalFormFamily; label: string }>> =
  Object.fromEntries(
    Object.entries(essFamilies).map(([code, family]) => [
      code,
      { family, label: legalFormLabel(code) ?? code },
    ]),
  );

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
  { id: "scic", code: "5460", standIn: true },
  { id: "cooperative_other", code: "5460", standIn: true },
  { id: "mutual", code: "8210" },
  { id: "foundation", code: "9300" },
  { id: "company_esus", code: "5710", esus: true, standIn: true },
  { id: "company_not_esus", code: "5710", esus: false, standIn: true },
  { id: "other", code: "9900", standIn: true },
  { id: "unknown", code: null },
] as const satisfies readonly {
  id: string;
  code: string | null;
  esus?: boolean;
  /** The code only stands in for the rules: it does not describe the structure (5710 for an SARL). */
  standIn?: boolean;
}[];

/** One plain-language legal-form choice id. */
export type LegalFormChoiceId = (typeof legalFormChoices)[number]["id"];

/** Tells whether a value is one of the plain-language choice ids. */
export function isLegalFormChoiceId(value: unknown): value is LegalFormChoiceId {
  return legalFormChoices.some((choice) => choice.id === value);
}

/** Tells whether a choice's code only stands in for the rules (a company, a SCIC, another form). */
export function isStandInChoice(id: LegalFormChoiceId): boolean {
  return legalFormChoices.some((choice) => choice.id === id && "standIn" in choice);
}

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

/**
 * The choice that stands for a stored code without losing it: the choice whose code is this one
 * ("association" for 9220, "unknown" for no code), so a form can show it in plain words and post
 * back the same code. Null when the code is more precise than any choice (9230, an association
 * recognised of public utility; 5499, an SARL): the form then offers the code itself.
 */
export function choiceStandingFor(
  code: string | null,
  esus: boolean | null,
): LegalFormChoiceId | null {
  if (code === null) return "unknown";
  const choice = choiceForCode(code, esus);
  return choice !== null && answersForChoice(choice).legalForm === code ? choice : null;
}
