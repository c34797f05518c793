import { departementCodes } from "~/platform/geo/departements";
import type { AxisLabel } from "./axes";
import { essLegalFormCodes } from "./legal-forms";
import type { EligibilityRules } from "./types";

/**
 * The Digit'ESS priority axes (domain.md), the seed value of the programme's axes: housing,
 * return to employment of the most fragile people, health prevention, caregivers.
 */
export const digitessAxes: readonly AxisLabel[] = [
  { code: "housing", label: "Habitat" },
  { code: "employment", label: "Retour à l'emploi des personnes fragiles" },
  { code: "health_prevention", label: "Prévention santé" },
  { code: "caregivers", label: "Aidants" },
];

/**
 * Digit'ESS eligibility rules, the seed value of the programme's configuration: ESS structures
 * (ESUS companies included), at least 3 years old, acting on one of the funder's four priority
 * axes, anywhere in France including overseas (Saint-Pierre-et-Miquelon, 975, included).
 */
export const digitessEligibilityRules: EligibilityRules = {
  acceptedLegalFormCodes: essLegalFormCodes,
  esusAcceptedForOtherCompanies: true,
  minimumAgeYears: 3,
  priorityAxes: digitessAxes.map((axis) => axis.code),
  departements: departementCodes,
};
