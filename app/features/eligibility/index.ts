export { type AxisId, axisIds, isAxisId } from "./axes";
export { type IsoDate, isIsoDate, todayInParis } from "./dates";
export { digitessEligibilityRules } from "./digitess";
export {
  type EligibilityRequest,
  eligibilityRequestSchema,
  type FieldError,
  type ParseResult,
  parseEligibilityRequest,
} from "./eligibility.schema";
export {
  answersForChoice,
  choiceForCode,
  essLegalFormCodes,
  essLegalForms,
  isEssLegalForm,
  type LegalFormChoiceId,
  legalFormChoices,
} from "./legal-forms";
export { en as eligibilityMessagesEn, fr as eligibilityMessagesFr } from "./messages";
export { describeNextStep, type EligibilityResponse, toEligibilityResponse } from "./present";
export { checkEligibility } from "./rules";
export type {
  CriterionId,
  CriterionResult,
  EligibilityAnswers,
  EligibilityResult,
  EligibilityRules,
  Met,
  NextStep,
} from "./types";
