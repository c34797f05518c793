export { type AxisLabel, axisCodePattern, isAxisCode, OTHER_AXIS } from "./axes";
export { compareIsoDates, type IsoDate, isIsoDate, parseDateInput, todayInParis } from "./dates";
export { digitessAxes, digitessEligibilityRules } from "./digitess";
export {
  answersFromForm,
  type EligibilityFormValue,
  eligibilityFormSchema,
  eligibilityPrefillSchema,
  esusAnswers,
  isPrefillRequest,
  PREFILL_INTENT,
} from "./eligibility.form";
export {
  checkRequestAxes,
  type EligibilityRequest,
  eligibilityRequestSchema,
  eligibilityResponseSchema,
  type FieldError,
  isoDateSchema,
  type ParseResult,
  parseEligibilityRequest,
  programmeSlugSchema,
  unknownProgrammeError,
} from "./eligibility.schema";
export { inseeLegalFormLabels, legalFormLabel } from "./insee-legal-forms";
export {
  answersForChoice,
  choiceForCode,
  choiceStandingFor,
  essLegalFormCodes,
  essLegalForms,
  isEssLegalForm,
  isLegalFormChoiceId,
  isLegalFormCode,
  isStandInChoice,
  type LegalFormChoiceId,
  legalFormChoices,
} from "./legal-forms";
export { en as eligibilityMessagesEn, fr as eligibilityMessagesFr } from "./messages";
export { eligibilityExamples, openApiPaths as eligibilityOpenApi } from "./openapi";
export {
  type EligibilityPrefill,
  type EligibilityPrefillValues,
  mergePrefill,
  type PrefillOutcome,
  prefillFromRegistry,
  type RegistryFacts,
  toDateInput,
} from "./prefill";
export {
  describeNextStep,
  type EligibilityResponse,
  type PresentOptions,
  toEligibilityResponse,
} from "./present";
export { checkEligibility, checkStructureEligibility, type StructureAnswers } from "./rules";
export type {
  CriterionId,
  CriterionResult,
  EligibilityAnswers,
  EligibilityResult,
  EligibilityRules,
  Met,
  NextStep,
} from "./types";
