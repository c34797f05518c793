// The amount a committee grants for one level (pure): the cost × the rate, in integer cents,
// rounded half up, the rate applying to the cost capped by the level's ceiling when it has one
// (the same split as the simulator and the submission, features/funding).
import { MAX_TOTAL_COST_CENTS, splitCost } from "~/features/funding";

/** The bounds and ceiling of a level, as the programme sets them. */
export type LevelBounds = {
  readonly minRatePercent: number;
  readonly maxRatePercent: number;
  readonly costCeilingCents: number | null;
};

/** Why a granted level cannot be computed. */
export type GrantProblem =
  | "cost_required"
  | "cost_invalid"
  | "rate_required"
  | "rate_out_of_bounds";

/** Whether a rate lies within the level's bounds (whole percent). */
export function rateWithinBounds(ratePercent: number, bounds: LevelBounds): boolean {
  return (
    Number.isInteger(ratePercent) &&
    ratePercent >= bounds.minRatePercent &&
    ratePercent <= bounds.maxRatePercent
  );
}

/** The granted amount in cents: cost × rate / 100, half up, on the capped cost. */
export function grantedAmountCents(
  costCents: number,
  ratePercent: number,
  costCeilingCents: number | null = null,
): number {
  return splitCost(costCents, ratePercent, costCeilingCents).programmeShareCents;
}

/** A granted level checked against its bounds: its amount, or the problem to show. */
export function computeGrant(
  input: { costCents: number | null; ratePercent: number | null },
  bounds: LevelBounds,
): { ok: true; grantedCents: number } | { ok: false; problem: GrantProblem } {
  if (input.costCents === null) return { ok: false, problem: "cost_required" };
  if (
    !Number.isSafeInteger(input.costCents) ||
    input.costCents <= 0 ||
    input.costCents > MAX_TOTAL_COST_CENTS
  ) {
    return { ok: false, problem: "cost_invalid" };
  }
  if (input.ratePercent === null) return { ok: false, problem: "rate_required" };
  if (!rateWithinBounds(input.ratePercent, bounds)) {
    return { ok: false, problem: "rate_out_of_bounds" };
  }
  return {
    ok: true,
    grantedCents: grantedAmountCents(input.costCents, input.ratePercent, bounds.costCeilingCents),
  };
}
