export {
  type FieldError,
  type FundingParseResult,
  type FundingRequest,
  fundingRequestSchema,
  fundingResponseSchema,
  parseFundingRequest,
} from "./funding.schema";
export {
  digitessFundingRules,
  type FundingRules,
  type LevelRates,
  ratesForLevel,
  type SupportLevelId,
  supportLevelIds,
} from "./levels";
export { en as fundingMessagesEn, fr as fundingMessagesFr } from "./messages";
export { fundingExamples, openApiPaths as fundingOpenApi } from "./openapi";
export {
  type CostSplit,
  type FundingError,
  type FundingInput,
  type FundingResult,
  type FundingSimulation,
  MAX_TOTAL_COST_CENTS,
  shareOfCents,
  simulateFunding,
  splitCost,
} from "./rules";
export {
  answerFundingRequest,
  type FundingAnswer,
  type FundingResponse,
} from "./simulation-response";
export { type SimulatorFormValue, simulatorFormSchema } from "./simulator.form";
