// What a structure learns before it applies (issue 11): the eligibility criteria its own data
// settles (ESS, age, territory), read the way the application reads them, checked by the
// eligibility rules themselves (checkStructureEligibility) and written with their sentences.
// A definite failure stops the start of an application; a point "to be checked" does not.
import {
  answersForChoice,
  checkStructureEligibility,
  describeNextStep,
  type EligibilityResult,
  type EligibilityRules,
  type IsoDate,
  isIsoDate,
  legalFormChoices,
  type StructureAnswers,
  toEligibilityResponse,
} from "~/features/eligibility";
import { isDepartementCode } from "~/platform/geo";
import type { Locale } from "~/platform/i18n/types";
import type { RawValues } from "./application.schema";
import { legalFormChoiceOf, type OrganizationRecord } from "./prefill";
import type { ProgramConfig } from "./program-config";

/** The record fields the early check reads. */
export type EligibilityRecord = Pick<
  OrganizationRecord,
  "legalFormCode" | "legalFormChoice" | "esusApproved" | "creationDate" | "departement"
>;

function text(values: RawValues, name: string): string {
  const value = values[name];
  return typeof value === "string" ? value.trim() : "";
}

/**
 * The structure's answers in step 1's raw values (as stored in a draft): the legal-form choice
 * mapped to its code as at submission (`eligibilityAnswersOf`), a real date, a known
 * département; anything missing or not valid yet is unknown ("to be checked").
 */
export function stepOneAnswers(values: RawValues): StructureAnswers {
  const choice = legalFormChoices.find((c) => c.id === text(values, "legalForm"));
  const answers = choice ? answersForChoice(choice.id) : { legalForm: null };
  const creationDate = text(values, "creationDate");
  const departement = text(values, "departement");
  return {
    legalForm: answers.legalForm,
    esus: answers.esus ?? null,
    creationDate: isIsoDate(creationDate) ? creationDate : null,
    departement: isDepartementCode(departement) ? departement : null,
  };
}

/** The structure's answers in its record, read as the step 1 it would start with. */
export function recordAnswers(record: EligibilityRecord): StructureAnswers {
  return stepOneAnswers({
    legalForm: legalFormChoiceOf(record),
    creationDate: record.creationDate ?? "",
    departement: record.departement ?? "",
  });
}

/** The early check of a structure's record against a programme's rules on a day. */
export function startEligibility(
  record: EligibilityRecord,
  rules: EligibilityRules,
  today: IsoDate,
): EligibilityResult {
  return checkStructureEligibility(recordAnswers(record), rules, today);
}

/** The early check of step 1 as it stands in a draft. */
export function stepOneEligibility(
  values: RawValues,
  rules: EligibilityRules,
  today: IsoDate,
): EligibilityResult {
  return checkStructureEligibility(stepOneAnswers(values), rules, today);
}

/** What the pages show of an early check, in the visitor's language. */
export type EligibilityNotice = {
  readonly programId: string;
  readonly programName: string;
  /** false: it cannot apply now; null: it can, some points will be checked; true: it can. */
  readonly eligible: boolean | null;
  /** The sentences of the criteria not met (when not eligible) or to be checked (otherwise). */
  readonly reasons: readonly string[];
  /** The advice of the eligibility check (apply, apply later on a date, get help elsewhere). */
  readonly nextStep: string;
  /** The first day it may apply, when only its age stops it. */
  readonly eligibleFrom: IsoDate | null;
  /** Only the ESS criterion of a company without the ESUS approval stops it: the approval would. */
  readonly esusWouldHelp: boolean;
};

/** Writes an early check for the pages (sentences from the eligibility catalogue). */
export function eligibilityNotice(
  result: EligibilityResult,
  program: Pick<ProgramConfig, "id" | "name" | "axes">,
  locale: Locale,
): EligibilityNotice {
  const options = { axes: program.axes, locale };
  const response = toEligibilityResponse(result, options);
  const shown = result.eligible === false ? false : null;
  const failed = result.criteria.filter((criterion) => criterion.met === false);
  const eligibleFrom =
    result.nextStep.messageKey === "eligibility.nextStep.applyLater"
      ? (result.nextStep.params.eligibleFrom ?? null)
      : null;
  return {
    programId: program.id,
    programName: program.name,
    eligible: result.eligible,
    reasons: response.criteria
      .filter((criterion) => result.eligible !== true && criterion.met === shown)
      .map((criterion) => criterion.message),
    nextStep: describeNextStep(result, options),
    eligibleFrom,
    esusWouldHelp:
      failed.length === 1 && failed[0]?.messageKey === "eligibility.criterion.ess.notMet",
  };
}
