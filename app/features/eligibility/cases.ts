/**
 * Eligibility cases, written for the programme team: each row is a situation in French, the
 * answers that differ from the reference structure, and the expected verdict of each criterion.
 * `rules.test.ts` runs every row; `cases.md` is the same table rendered for reading (regenerated
 * by `npx tsx app/features/eligibility/cases-markdown.ts > app/features/eligibility/cases.md`,
 * and a test fails when it is out of date).
 *
 * Reference structure (`referenceAnswers`): an association déclarée (INSEE 9220), without ESUS
 * approval, created on 14 May 2019, acting for housing, in the Bouches-du-Rhône (13), checked on
 * 22 November 2026 against the Digit'ESS rules.
 */
import type { IsoDate } from "./dates";
import type { EligibilityAnswers, EligibilityRules } from "./types";

/** A criterion's expected verdict, as the programme team says it. */
export type Verdict = "oui" | "non" | "à vérifier";

/** The expected overall result. */
export type Outcome = "éligible" | "non éligible" | "à vérifier";

/** The expected advice after the result. */
export type Advice =
  | "candidater"
  | "candidater, points à vérifier"
  | "candidater plus tard"
  | "chercher de l'aide ailleurs";

/** One row of the table. */
export interface EligibilityCase {
  /** The situation, in French. */
  readonly description: string;
  /** Answers that differ from the reference structure. */
  readonly answers?: Partial<EligibilityAnswers>;
  /** Day of the check, when not 22 November 2026. */
  readonly onDate?: IsoDate;
  /** Programme rules that differ from Digit'ESS (another programme). */
  readonly rules?: Partial<EligibilityRules>;
  /** Expected verdicts, in order: ESS, ancienneté (3 ans), axes prioritaires, territoire. */
  readonly expected: readonly [Verdict, Verdict, Verdict, Verdict];
  readonly result: Outcome;
  /** Expected advice; when absent it follows from the result (éligible: candidater, ...). */
  readonly advice?: Advice;
}

/** The reference structure every case starts from. */
export const referenceAnswers: EligibilityAnswers = {
  legalForm: "9220",
  esus: false,
  creationDate: "2019-05-14",
  axes: ["housing"],
  departement: "13",
};

/** The reference day of the checks. */
export const referenceDate: IsoDate = "2026-11-22";

const ok = ["oui", "oui", "oui", "oui"] as const;
const paca = ["04", "05", "06", "13", "83", "84"];

/** The case table. */
export const eligibilityCases: readonly EligibilityCase[] = [
  // --- Économie sociale et solidaire: forme juridique et agrément ESUS ---
  {
    description: "Association déclarée (loi 1901), créée en 2019, logement, Bouches-du-Rhône",
    expected: ok,
    result: "éligible",
    advice: "candidater",
  },
  {
    description: "Association non déclarée (9210)",
    answers: { legalForm: "9210" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Association reconnue d'utilité publique (9230)",
    answers: { legalForm: "9230" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Association intermédiaire (9222), axe retour à l'emploi",
    answers: { legalForm: "9222", axes: ["employment"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Association d'insertion par l'économique (9221)",
    answers: { legalForm: "9221" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Association de droit local d'Alsace-Moselle (9260) dans le Bas-Rhin",
    answers: { legalForm: "9260", departement: "67" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "SCOP en SARL (5458)",
    answers: { legalForm: "5458" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "SCOP en SA à conseil d'administration (5558)",
    answers: { legalForm: "5558" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "SCOP en SA à directoire (5658)",
    answers: { legalForm: "5658" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "SCIC en SARL, inscrite comme « autre SARL coopérative » (5460)",
    answers: { legalForm: "5460" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "SCIC en SA, inscrite comme « autre SA coopérative » (5560)",
    answers: { legalForm: "5560" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "SCIC en SAS (code 5710 comme toute SAS) avec l'agrément ESUS",
    answers: { legalForm: "5710", esus: true },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Société coopérative agricole (6317)",
    answers: { legalForm: "6317" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Coopérative d'utilisation de matériel agricole, CUMA (6316)",
    answers: { legalForm: "6316" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Mutuelle (8210), axe prévention santé",
    answers: { legalForm: "8210", axes: ["health_prevention"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Société d'assurance à forme mutuelle (6411)",
    answers: { legalForm: "6411" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Fondation (9300), axe aidants",
    answers: { legalForm: "9300", axes: ["caregivers"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Fondation (9300) qui a aussi l'agrément ESUS",
    answers: { legalForm: "9300", esus: true },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Entreprise commerciale en SAS (5710) avec l'agrément ESUS",
    answers: { legalForm: "5710", esus: true },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Entreprise commerciale en SARL (5499) avec l'agrément ESUS",
    answers: { legalForm: "5499", esus: true },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Entreprise commerciale en SAS (5710) sans l'agrément ESUS",
    answers: { legalForm: "5710", esus: false },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
    advice: "chercher de l'aide ailleurs",
  },
  {
    description: "Entreprise commerciale en SARL (5499) sans l'agrément ESUS",
    answers: { legalForm: "5499", esus: false },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Entreprise commerciale en SAS (5710) qui ne sait pas si elle a l'agrément ESUS",
    answers: { legalForm: "5710", esus: null },
    expected: ["à vérifier", "oui", "oui", "oui"],
    result: "à vérifier",
    advice: "candidater, points à vérifier",
  },
  {
    description: "Forme juridique « je ne sais pas », sans agrément ESUS",
    answers: { legalForm: null, esus: false },
    expected: ["à vérifier", "oui", "oui", "oui"],
    result: "à vérifier",
  },
  {
    description: "Forme juridique « je ne sais pas », avec l'agrément ESUS (il suffit)",
    answers: { legalForm: null, esus: true },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Forme juridique et agrément ESUS « je ne sais pas »",
    answers: { legalForm: null, esus: null },
    expected: ["à vérifier", "oui", "oui", "oui"],
    result: "à vérifier",
  },
  {
    description: "Entrepreneur individuel (1000) sans agrément ESUS",
    answers: { legalForm: "1000" },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Commune (7210) : une collectivité n'est pas une structure de l'ESS",
    answers: { legalForm: "7210" },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "« Autre forme juridique » (9900, autre personne morale de droit privé)",
    answers: { legalForm: "9900" },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
  },
  {
    description:
      "Comité social et économique (8310) : le code commence par 8 mais ce n'est pas une mutuelle",
    answers: { legalForm: "8310" },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Congrégation (9240) : hors liste des associations retenues",
    answers: { legalForm: "9240" },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Autre programme qui refuse l'agrément ESUS : SAS agréée ESUS",
    answers: { legalForm: "5710", esus: true },
    rules: { esusAcceptedForOtherCompanies: false },
    expected: ["non", "oui", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Autre programme qui refuse l'agrément ESUS : association",
    rules: { esusAcceptedForOtherCompanies: false },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Autre programme qui refuse l'agrément ESUS : forme inconnue mais agréée ESUS",
    answers: { legalForm: null, esus: true },
    rules: { esusAcceptedForOtherCompanies: false },
    expected: ["à vérifier", "oui", "oui", "oui"],
    result: "à vérifier",
  },

  // --- Ancienneté: au moins 3 ans, le jour anniversaire compte ---
  {
    description: "Créée il y a 3 ans jour pour jour : le jour anniversaire compte",
    answers: { creationDate: "2023-11-22" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Créée il y a 3 ans moins un jour : 3 ans le lendemain",
    answers: { creationDate: "2023-11-23" },
    expected: ["oui", "non", "oui", "oui"],
    result: "non éligible",
    advice: "candidater plus tard",
  },
  {
    description: "Créée il y a 2 ans",
    answers: { creationDate: "2024-11-22" },
    expected: ["oui", "non", "oui", "oui"],
    result: "non éligible",
    advice: "candidater plus tard",
  },
  {
    description: "Créée le jour même de la vérification",
    answers: { creationDate: "2026-11-22" },
    expected: ["oui", "non", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Créée il y a 50 ans",
    answers: { creationDate: "1976-03-01" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Créée le 29 février 2020, vérifiée le 28 février 2023 : pas encore 3 ans",
    answers: { creationDate: "2020-02-29" },
    onDate: "2023-02-28",
    expected: ["oui", "non", "oui", "oui"],
    result: "non éligible",
    advice: "candidater plus tard",
  },
  {
    description: "Créée le 29 février 2020, vérifiée le 1er mars 2023 : anniversaire le 1er mars",
    answers: { creationDate: "2020-02-29" },
    onDate: "2023-03-01",
    expected: ok,
    result: "éligible",
  },
  {
    description: "Créée le 29 février 2024, vérifiée le 28 février 2027 : pas encore 3 ans",
    answers: { creationDate: "2024-02-29" },
    onDate: "2027-02-28",
    expected: ["oui", "non", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Créée le 29 février 2016, programme à 4 ans, vérifiée le 29 février 2020",
    answers: { creationDate: "2016-02-29" },
    onDate: "2020-02-29",
    rules: { minimumAgeYears: 4 },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Créée le 28 février 2021, vérifiée le 28 février 2024 (année bissextile)",
    answers: { creationDate: "2021-02-28" },
    onDate: "2024-02-28",
    expected: ok,
    result: "éligible",
  },
  {
    description: "Créée le 1er mars 2021, vérifiée le 29 février 2024 : un jour trop tôt",
    answers: { creationDate: "2021-03-01" },
    onDate: "2024-02-29",
    expected: ["oui", "non", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Créée le 31 décembre 2023, vérifiée le 31 décembre 2026",
    answers: { creationDate: "2023-12-31" },
    onDate: "2026-12-31",
    expected: ok,
    result: "éligible",
  },
  {
    description: "Créée le 31 décembre 2023, vérifiée le 30 décembre 2026",
    answers: { creationDate: "2023-12-31" },
    onDate: "2026-12-30",
    expected: ["oui", "non", "oui", "oui"],
    result: "non éligible",
  },
  {
    description: "Date de création « je ne sais pas »",
    answers: { creationDate: null },
    expected: ["oui", "à vérifier", "oui", "oui"],
    result: "à vérifier",
  },
  {
    description: "Date de création dans le futur (probable erreur de saisie)",
    answers: { creationDate: "2027-01-15" },
    expected: ["oui", "à vérifier", "oui", "oui"],
    result: "à vérifier",
  },

  // --- Axes prioritaires ---
  {
    description: "Axe retour à l'emploi des personnes les plus fragiles",
    answers: { axes: ["employment"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Axe prévention santé",
    answers: { axes: ["health_prevention"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Axe aidants",
    answers: { axes: ["caregivers"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Un autre domaine et un axe prioritaire (aidants)",
    answers: { axes: ["other", "caregivers"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Les quatre axes prioritaires à la fois",
    answers: { axes: ["housing", "employment", "health_prevention", "caregivers"] },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Seulement un autre domaine (culture, sport...)",
    answers: { axes: ["other"] },
    expected: ["oui", "oui", "non", "oui"],
    result: "non éligible",
    advice: "chercher de l'aide ailleurs",
  },
  {
    description: "Axes « je ne sais pas »",
    answers: { axes: null },
    expected: ["oui", "oui", "à vérifier", "oui"],
    result: "à vérifier",
  },
  {
    description: "Aucun axe coché",
    answers: { axes: [] },
    expected: ["oui", "oui", "à vérifier", "oui"],
    result: "à vérifier",
  },
  {
    description: "Autre programme centré sur l'emploi : axe logement seulement",
    rules: { priorityAxes: ["employment"] },
    expected: ["oui", "oui", "non", "oui"],
    result: "non éligible",
  },

  // --- Territoire: toute la France, outre-mer compris ---
  {
    description: "Corse-du-Sud (2A), Ajaccio",
    answers: { departement: "2A" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Haute-Corse (2B), Bastia",
    answers: { departement: "2B" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Ancien code de la Corse (20) : n'est plus un département",
    answers: { departement: "20" },
    expected: ["oui", "oui", "oui", "non"],
    result: "non éligible",
  },
  {
    description: "Guadeloupe (971)",
    answers: { departement: "971" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Martinique (972)",
    answers: { departement: "972" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Guyane (973)",
    answers: { departement: "973" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "La Réunion (974)",
    answers: { departement: "974" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Saint-Pierre-et-Miquelon (975), collectivité d'outre-mer, couverte par Digit'ESS",
    answers: { departement: "975" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "Mayotte (976)",
    answers: { departement: "976" },
    expected: ok,
    result: "éligible",
  },
  { description: "Paris (75)", answers: { departement: "75" }, expected: ok, result: "éligible" },
  {
    description: "Département « je ne sais pas »",
    answers: { departement: null },
    expected: ["oui", "oui", "oui", "à vérifier"],
    result: "à vérifier",
  },
  {
    description: "Programme régional Provence-Alpes-Côte d'Azur : structure à Paris",
    answers: { departement: "75" },
    rules: { departements: paca },
    expected: ["oui", "oui", "oui", "non"],
    result: "non éligible",
  },
  {
    description: "Programme régional Provence-Alpes-Côte d'Azur : structure à Marseille",
    rules: { departements: paca },
    expected: ok,
    result: "éligible",
  },

  // --- Plusieurs critères à la fois ---
  {
    description: "Exemple de l'API : association, 2019, logement, Bouches-du-Rhône",
    answers: { legalForm: "9220", esus: false, creationDate: "2019-05-14" },
    expected: ok,
    result: "éligible",
  },
  {
    description: "SAS sans ESUS créée il y a un an : deux critères non remplis",
    answers: { legalForm: "5710", esus: false, creationDate: "2025-11-22" },
    expected: ["non", "non", "oui", "oui"],
    result: "non éligible",
    advice: "chercher de l'aide ailleurs",
  },
  {
    description: "Forme inconnue et structure trop récente : « non » l'emporte sur « à vérifier »",
    answers: { legalForm: null, creationDate: "2025-01-10" },
    expected: ["à vérifier", "non", "oui", "oui"],
    result: "non éligible",
    advice: "candidater plus tard",
  },
  {
    description: "Tout « je ne sais pas »",
    answers: { legalForm: null, esus: null, creationDate: null, axes: null, departement: null },
    expected: ["à vérifier", "à vérifier", "à vérifier", "à vérifier"],
    result: "à vérifier",
    advice: "candidater, points à vérifier",
  },
  {
    description: "Autre domaine et département inconnu : « non » l'emporte",
    answers: { axes: ["other"], departement: null },
    expected: ["oui", "oui", "non", "à vérifier"],
    result: "non éligible",
  },
  {
    description: "Mutuelle à Mayotte, créée il y a 3 ans jour pour jour, aidants",
    answers: {
      legalForm: "8210",
      creationDate: "2023-11-22",
      axes: ["caregivers"],
      departement: "976",
    },
    expected: ok,
    result: "éligible",
  },
];

/**
 * The advice a row expects: its own, or the one its result implies (éligible: candidater;
 * à vérifier: candidater, points à vérifier; non éligible: candidater plus tard when only the
 * age fails, otherwise chercher de l'aide ailleurs).
 */
export function expectedAdvice(row: EligibilityCase): Advice {
  if (row.advice) return row.advice;
  if (row.result === "éligible") return "candidater";
  if (row.result === "à vérifier") return "candidater, points à vérifier";
  const failed = row.expected.flatMap((verdict, index) => (verdict === "non" ? [index] : []));
  return failed.length === 1 && failed[0] === 1
    ? "candidater plus tard"
    : "chercher de l'aide ailleurs";
}
