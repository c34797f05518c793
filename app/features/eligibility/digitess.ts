import { departementCodes } from "../../platform/geo/departements";
import { essLegalFormCodes } from "./legal-forms";
import type { EligibilityRules } from "./types";

/**
 * Digit'ESS eligibility rules, the seed value of the programme's configuration: ESS structures
 * (ESUS companies included), at least 3 years old, acting on one of the funder's four priority
 * axes, anywhere in France including overseas (Saint-Pierre-et-Miquelon, 975, included).
 */
export const digitessEligibilityRules: EligibilityRules = {
  acceptedLegalFormCodes: essLegalFormCodes,
  esusAcceptedForOtherCompanies: true,
  minimumAgeYears: 3,
  priorityAxes: ["housing", "employment", "health_prevention", "caregivers"],
  departements: departementCodes,
};
