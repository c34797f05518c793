import type { z } from "zod";
import { interpolate, type Locale } from "~/platform/i18n/types";
import type { FieldError, FundingRequest, fundingResponseSchema } from "./funding.schema";
import { type FundingRules, ratesForLevel } from "./levels";
import { en, fr } from "./messages";
import { simulateFunding } from "./rules";

/**
 * The API answer of POST /api/v1/funding/simulate, exactly the contract. Without a rate in
 * the request, the level's lowest rate applies: the smallest share, the largest remaining cost.
 */
export type FundingResponse = z.output<typeof fundingResponseSchema>;

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
      errors: [{ field: "level", message: messages["funding.error.levelNotOffered"] }],
    };
  }
  const result = simulateFunding({
    totalCostCents: request.totalCostCents,
    minRatePercent: rates.minRatePercent,
    maxRatePercent: rates.maxRatePercent,
    ratePercent: request.ratePercent ?? rates.minRatePercent,
    costCeilingCents: rates.costCeilingCents ?? null,
  });
  if (!result.ok) {
    // A parsed request can only fail on the range; any other error is a misconfigured programme.
    const outOfRange = result.errors.every((error) => error.code === "rate_out_of_bounds");
    if (!outOfRange) throw new Error(`Invalid funding configuration for level ${request.level}`);
    const message = interpolate(messages["funding.error.rateOutOfBounds"], {
      min: rates.minRatePercent,
      max: rates.maxRatePercent,
    });
    return { status: 422, errors: [{ field: "ratePercent", message }] };
  }
  const chosen = result.value.atChosenRate ?? result.value.atMinRate;
  return {
    status: 200,
    body: {
      level: request.level,
      minRatePercent: rates.minRatePercent,
      maxRatePercent: rates.maxRatePercent,
      ratePercent: chosen.ratePercent,
      programmeShareCents: chosen.programmeShareCents,
      remainingCents: chosen.remainingCents,
    },
  };
}
