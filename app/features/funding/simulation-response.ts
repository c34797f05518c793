import { interpolate, type Locale } from "../../platform/i18n/types";
import type { FieldError, FundingRequest } from "./funding.schema";
import { type FundingRules, ratesForLevel, type SupportLevelId } from "./levels";
import { en, fr } from "./messages";
import { simulateFunding } from "./rules";

/** The amounts at one bound of the range. */
export interface BoundSplit {
  readonly programmeShareCents: number;
  readonly remainingCents: number;
}

/**
 * The API answer of POST /api/v1/funding/simulate. The six first fields are the contract
 * (null amounts when no rate was asked); atMinRate and atMaxRate give the range's two ends.
 */
export interface FundingResponse {
  readonly level: SupportLevelId;
  readonly minRatePercent: number;
  readonly maxRatePercent: number;
  readonly ratePercent: number | null;
  readonly programmeShareCents: number | null;
  readonly remainingCents: number | null;
  readonly atMinRate: BoundSplit;
  readonly atMaxRate: BoundSplit;
}

/** The outcome for a valid request: 200 with the simulation, or 422 with the fields at fault. */
export type FundingAnswer =
  | { readonly status: 200; readonly body: FundingResponse }
  | { readonly status: 422; readonly errors: readonly FieldError[] };

/** Answers a parsed request with a programme's rates: 422 for a rate outside the level's range. */
export function answerFundingRequest(
  request: FundingRequest,
  rules: FundingRules,
  locale: Locale = "fr",
): FundingAnswer {
  const messages = locale === "en" ? en : fr;
  const rates = ratesForLevel(rules, request.level);
  if (!rates) {
    return {
      status: 422,
      errors: [{ field: "level", message: messages["error.levelNotOffered"] }],
    };
  }
  const result = simulateFunding({
    totalCostCents: request.totalCostCents,
    minRatePercent: rates.minRatePercent,
    maxRatePercent: rates.maxRatePercent,
    ratePercent: request.ratePercent ?? null,
  });
  if (!result.ok) {
    // A parsed request can only fail on the range; any other error is a misconfigured programme.
    const outOfRange = result.errors.every((error) => error.code === "rate_out_of_bounds");
    if (!outOfRange) throw new Error(`Invalid funding configuration for level ${request.level}`);
    const message = interpolate(messages["error.rateOutOfBounds"], {
      min: rates.minRatePercent,
      max: rates.maxRatePercent,
    });
    return { status: 422, errors: [{ field: "ratePercent", message }] };
  }
  const { atMinRate, atMaxRate, atChosenRate } = result.value;
  return {
    status: 200,
    body: {
      level: request.level,
      minRatePercent: rates.minRatePercent,
      maxRatePercent: rates.maxRatePercent,
      ratePercent: atChosenRate?.ratePercent ?? null,
      programmeShareCents: atChosenRate?.programmeShareCents ?? null,
      remainingCents: atChosenRate?.remainingCents ?? null,
      atMinRate: {
        programmeShareCents: atMinRate.programmeShareCents,
        remainingCents: atMinRate.remainingCents,
      },
      atMaxRate: {
        programmeShareCents: atMaxRate.programmeShareCents,
        remainingCents: atMaxRate.remainingCents,
      },
    },
  };
}
