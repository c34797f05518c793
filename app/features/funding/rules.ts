/**
 * Funding simulation: the programme's share and the structure's remaining cost for a total cost
 * and a funding rate. Amounts are integer cents, rates whole percent; the share is rounded to the
 * cent, half up, with integer arithmetic only (no floating-point money).
 */

/** The largest total cost accepted: 1 000 000 000 € (keeps every product a safe integer). */
export const MAX_TOTAL_COST_CENTS = 100_000_000_000;

/** How a cost splits at one rate (the share is computed on the eligible cost). */
export interface CostSplit {
  readonly ratePercent: number;
  readonly programmeShareCents: number;
  readonly remainingCents: number;
}

/** What the simulator shows: the range, the split at both bounds, and at the chosen rate if any. */
export interface FundingSimulation {
  readonly totalCostCents: number;
  /** The part of the cost the rate applies to: the total, capped by the level's ceiling. */
  readonly eligibleCostCents: number;
  /** The level's cost ceiling, or null when it has none. */
  readonly costCeilingCents: number | null;
  readonly minRatePercent: number;
  readonly maxRatePercent: number;
  readonly atMinRate: CostSplit;
  readonly atMaxRate: CostSplit;
  readonly atChosenRate: CostSplit | null;
}

/** The input of a simulation. */
export interface FundingInput {
  readonly totalCostCents: number;
  readonly minRatePercent: number;
  readonly maxRatePercent: number;
  readonly ratePercent?: number | null;
  /** The level's cost ceiling: above it, the programme's share is computed on the ceiling. */
  readonly costCeilingCents?: number | null;
}

/** Why a simulation cannot be made; `rate_out_of_bounds` is the only one a valid request can hit. */
export interface FundingError {
  readonly code:
    | "invalid_cost"
    | "cost_too_large"
    | "invalid_rate"
    | "invalid_bounds"
    | "rate_out_of_bounds"
    | "invalid_ceiling";
  readonly field:
    | "totalCostCents"
    | "ratePercent"
    | "minRatePercent"
    | "maxRatePercent"
    | "costCeilingCents";
}

/** A simulation, or the reasons it cannot be made. */
export type FundingResult =
  | { readonly ok: true; readonly value: FundingSimulation }
  | { readonly ok: false; readonly errors: readonly FundingError[] };

/** Returns the programme's share of a cost at a rate, in cents, rounded half up (integers only). */
export function shareOfCents(totalCostCents: number, ratePercent: number): number {
  if (!isCost(totalCostCents) || !isRate(ratePercent)) {
    throw new RangeError(`Invalid cost or rate: ${totalCostCents}, ${ratePercent}`);
  }
  // total * rate / 100, half up: add half the divisor, then drop the remainder exactly.
  const scaled = totalCostCents * ratePercent + 50;
  return (scaled - (scaled % 100)) / 100;
}

/**
 * Splits a cost at one rate: share + remaining always equals the total. With a ceiling, the share
 * is the rate of the capped cost and the structure pays the rest.
 */
export function splitCost(
  totalCostCents: number,
  ratePercent: number,
  costCeilingCents: number | null = null,
): CostSplit {
  const eligible =
    costCeilingCents === null ? totalCostCents : Math.min(totalCostCents, costCeilingCents);
  const programmeShareCents = shareOfCents(eligible, ratePercent);
  return { ratePercent, programmeShareCents, remainingCents: totalCostCents - programmeShareCents };
}

/** Simulates funding for a total cost within a rate range, and at a chosen rate when given. */
export function simulateFunding(input: FundingInput): FundingResult {
  const { totalCostCents, minRatePercent, maxRatePercent } = input;
  const ratePercent = input.ratePercent ?? null;
  const ceiling = input.costCeilingCents ?? null;
  const errors: FundingError[] = [];
  if (!Number.isSafeInteger(totalCostCents) || totalCostCents < 0) {
    errors.push({ code: "invalid_cost", field: "totalCostCents" });
  } else if (totalCostCents > MAX_TOTAL_COST_CENTS) {
    errors.push({ code: "cost_too_large", field: "totalCostCents" });
  }
  const boundsErrors: FundingError[] = [];
  if (!isRate(minRatePercent))
    boundsErrors.push({ code: "invalid_bounds", field: "minRatePercent" });
  if (!isRate(maxRatePercent) || maxRatePercent < minRatePercent) {
    boundsErrors.push({ code: "invalid_bounds", field: "maxRatePercent" });
  }
  errors.push(...boundsErrors);
  if (ceiling !== null && !isCost(ceiling)) {
    errors.push({ code: "invalid_ceiling", field: "costCeilingCents" });
  }
  if (ratePercent !== null && !isRate(ratePercent)) {
    errors.push({ code: "invalid_rate", field: "ratePercent" });
  } else if (ratePercent !== null && boundsErrors.length === 0) {
    if (ratePercent < minRatePercent || ratePercent > maxRatePercent) {
      errors.push({ code: "rate_out_of_bounds", field: "ratePercent" });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      totalCostCents,
      eligibleCostCents: ceiling === null ? totalCostCents : Math.min(totalCostCents, ceiling),
      costCeilingCents: ceiling,
      minRatePercent,
      maxRatePercent,
      atMinRate: splitCost(totalCostCents, minRatePercent, ceiling),
      atMaxRate: splitCost(totalCostCents, maxRatePercent, ceiling),
      atChosenRate: ratePercent === null ? null : splitCost(totalCostCents, ratePercent, ceiling),
    },
  };
}

function isCost(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_TOTAL_COST_CENTS;
}

function isRate(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}
