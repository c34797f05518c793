export {
  type FieldError,
  type FundingParseResult,
  type FundingRequest,
  fundingRequestSchema,
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
export { formatEuros } from "./money";
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
