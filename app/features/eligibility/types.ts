import type { IsoDate } from "./dates";
import type { CriterionMessageKey, NextStepMessageKey } from "./messages";

/** A programme's eligibility configuration: plain data, stored in the database per programme. */
export interface EligibilityRules {
  /** INSEE legal categories (level III, 4 digits) that are ESS by nature. */
  readonly acceptedLegalFormCodes: readonly string[];
  /** Whether an ESUS approval makes any other legal form eligible. */
  readonly esusAcceptedForOtherCompanies: boolean;
  /** Minimum age of the structure, in whole years (the anniversary day counts). */
  readonly minimumAgeYears: number;
  /** The axes that make a structure's actions fit the programme. */
  readonly priorityAxes: readonly string[];
  /** The département codes the programme covers. */
  readonly departements: readonly string[];
}

/** What a visitor answered; null means "je ne sais pas" (or not given). */
export interface EligibilityAnswers {
  /** INSEE legal category (4 digits), null when unknown. */
  readonly legalForm: string | null;
  /** ESUS approval: true, false, or null when unknown. */
  readonly esus: boolean | null;
  /** Creation date "YYYY-MM-DD", null when unknown. */
  readonly creationDate: IsoDate | null;
  /** Axes of the structure's actions; null or empty when unknown. */
  readonly axes: readonly string[] | null;
  /** Département code, null when unknown. */
  readonly departement: string | null;
}

/** The four criteria, in the order they are shown. */
export const criterionIds = ["ess", "age", "axes", "territory"] as const;

/** One criterion id. */
export type CriterionId = (typeof criterionIds)[number];

/** Whether a criterion is met: true, false, or null when it must be checked by a person. */
export type Met = boolean | null;

/** Values shown inside a criterion's sentence; the presenter formats each for the locale. */
export interface CriterionParams {
  readonly years?: number;
  /** The first day the age criterion is met ("YYYY-MM-DD"). */
  readonly eligibleFrom?: IsoDate;
  /** Axes quoted in the sentence (the matching ones, or the programme's priorities). */
  readonly axes?: readonly string[];
  readonly departement?: string;
}

/** The outcome of one criterion, with the key of its plain French sentence. */
export interface CriterionResult {
  readonly id: CriterionId;
  readonly met: Met;
  readonly messageKey: CriterionMessageKey;
  readonly params: CriterionParams;
}

/** What the visitor should do next, with the key of its advice text. */
export interface NextStep {
  readonly messageKey: NextStepMessageKey;
  readonly params: CriterionParams;
}

/** The whole answer: overall eligibility, the four criteria in order, and the next step. */
export interface EligibilityResult {
  readonly eligible: Met;
  readonly criteria: readonly CriterionResult[];
  readonly nextStep: NextStep;
}
