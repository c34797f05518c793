/**
 * Co-funding of a granted support (pure, no I/O, browser-safe).
 *
 * Once a committee accepts a support level, the programme pays a share of its cost (rate × cost,
 * computed by `grantedAmountCents` in features/committees/amounts.ts, i.e. `splitCost` in
 * features/funding). This module splits that share across the funders' budget envelopes and
 * tracks the money of each part. The rules:
 *
 * - Money is integer cents (JavaScript safe integers), never floats. Every product or sum that
 *   could leave the safe range is computed with BigInt.
 * - A split is an ordered list of funders with positive safe-integer weights: percentages such as
 *   70 / 30, or any weights such as 2 / 1. It has 1 to `MAX_FUNDERS_PER_SPLIT` funders, each
 *   appearing once. Problems are reported in this order: empty, too_many, weight_invalid,
 *   duplicate_funder.
 * - Each part is floor(share × weight / Σweight); the rounding remainder (always smaller than the
 *   number of funders) goes to the FIRST funder, so the parts sum EXACTLY to the share and keep
 *   the split's order.
 * - The structure pays the remaining cost: cost − share.
 * - Per part, the money committed, invoiced and paid accumulates over several steps: the
 *   invoiced total may never exceed the committed amount, nor the paid total the invoiced total.
 *   (The dates of each step are recorded by the caller alongside; they do not affect the rules.)
 * - An envelope's consumption is a whole percent, rounded down; the level is "warning" from
 *   `WARNING_PERCENT` % inclusive and "exhausted" from `EXHAUSTED_PERCENT` % inclusive, compared
 *   exactly with integers (consumed × 100 ≥ envelope × threshold). An envelope of 0 has nothing
 *   to give: it is always "exhausted" at 100 %, whatever its consumption. An overrun shows as a
 *   percent above 100 while the remaining amount stays at 0.
 */

/** The consumption percent from which an envelope is flagged (inclusive). */
export const WARNING_PERCENT = 80;
/** The consumption percent from which an envelope is exhausted (inclusive). */
export const EXHAUSTED_PERCENT = 100;
/** The largest number of funders a split may have. */
export const MAX_FUNDERS_PER_SPLIT = 10;

/** How a programme share is shared between funders: ordered, the first takes the remainder. */
export type FundingSplit = readonly { readonly funderId: string; readonly weight: number }[];

/** Why a split cannot be used. */
export type SplitProblem = "empty" | "weight_invalid" | "duplicate_funder" | "too_many";

/** One funder's part of a programme share. */
export type FunderPart = { funderId: string; cents: number };

/** The money of one funder's part: committed, then invoiced, then paid (cumulative totals). */
export type PartMoney = { committedCents: number; invoicedCents: number; paidCents: number };

/** One payment step on a part: an invoice or a payment of some cents. */
export type PaymentStep = { kind: "invoiced" | "paid"; cents: number };

/** Why a payment step is refused. */
export type PaymentProblem = "amount_invalid" | "beyond_committed" | "beyond_invoiced";

/** How far an envelope is consumed. */
export type EnvelopeLevel = "ok" | "warning" | "exhausted";

/** An envelope's consumption: whole percent (floor), level, and what is left (never negative). */
export type EnvelopeConsumption = {
  percent: number;
  level: EnvelopeLevel;
  remainingCents: number;
};

const isAmount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** Checks a split: 1 to 10 funders, positive safe-integer weights, each funder once. */
export function validateSplit(
  split: FundingSplit,
): { ok: true } | { ok: false; problem: SplitProblem } {
  if (split.length === 0) return { ok: false, problem: "empty" };
  if (split.length > MAX_FUNDERS_PER_SPLIT) return { ok: false, problem: "too_many" };
  if (split.some(({ weight }) => !Number.isSafeInteger(weight) || weight <= 0)) {
    return { ok: false, problem: "weight_invalid" };
  }
  if (new Set(split.map(({ funderId }) => funderId)).size !== split.length) {
    return { ok: false, problem: "duplicate_funder" };
  }
  return { ok: true };
}

/**
 * Splits a programme share across the funders: each part is floor(share × weight / Σweight),
 * the remainder goes to the first part, so the parts sum exactly to the share (split's order).
 * Throws a RangeError on an invalid split or a share that is not a non-negative safe integer.
 */
export function splitShare(shareCents: number, split: FundingSplit): FunderPart[] {
  if (!isAmount(shareCents)) throw new RangeError(`Invalid share: ${shareCents}`);
  const validity = validateSplit(split);
  if (!validity.ok) throw new RangeError(`Invalid split: ${validity.problem}`);
  const share = BigInt(shareCents);
  const totalWeight = split.reduce((sum, { weight }) => sum + BigInt(weight), 0n);
  const floors = split.map(({ weight }) => (share * BigInt(weight)) / totalWeight);
  const remainder = share - floors.reduce((sum, part) => sum + part, 0n);
  return split.map(({ funderId }, index) => ({
    funderId,
    cents: Number((floors[index] ?? 0n) + (index === 0 ? remainder : 0n)),
  }));
}

/** What the structure pays: cost − share. Throws a RangeError on a share above the cost. */
export function remainingCostCents(costCents: number, shareCents: number): number {
  if (!isAmount(costCents) || !isAmount(shareCents)) {
    throw new RangeError(`Invalid cost or share: ${costCents}, ${shareCents}`);
  }
  if (shareCents > costCents) {
    throw new RangeError(`Share ${shareCents} exceeds cost ${costCents}`);
  }
  return costCents - shareCents;
}

/**
 * Applies one invoice or payment to a part: the invoiced total may not exceed the committed
 * amount, the paid total may not exceed the invoiced total, the amount is a positive safe
 * integer. Returns the new totals, or the problem. Throws a RangeError when the part itself is
 * inconsistent (not safe integers, or paid > invoiced > committed broken): that is a bug, not
 * a user error.
 */
export function checkPaymentStep(
  part: PartMoney,
  step: PaymentStep,
): { ok: true; next: PartMoney } | { ok: false; problem: PaymentProblem } {
  const { committedCents, invoicedCents, paidCents } = part;
  if (
    !isAmount(committedCents) ||
    !isAmount(invoicedCents) ||
    !isAmount(paidCents) ||
    invoicedCents > committedCents ||
    paidCents > invoicedCents
  ) {
    throw new RangeError(`Inconsistent part: ${committedCents}, ${invoicedCents}, ${paidCents}`);
  }
  if (!Number.isSafeInteger(step.cents) || step.cents <= 0) {
    return { ok: false, problem: "amount_invalid" };
  }
  // Compare with the room left (an exact difference), never with a sum that could overflow.
  if (step.kind === "invoiced") {
    if (step.cents > committedCents - invoicedCents) {
      return { ok: false, problem: "beyond_committed" };
    }
    return { ok: true, next: { ...part, invoicedCents: invoicedCents + step.cents } };
  }
  if (step.cents > invoicedCents - paidCents) return { ok: false, problem: "beyond_invoiced" };
  return { ok: true, next: { ...part, paidCents: paidCents + step.cents } };
}

/**
 * How far an envelope is consumed: percent = floor(consumed × 100 / envelope) (saturating at
 * Number.MAX_SAFE_INTEGER), "warning" from 80 % and "exhausted" from 100 % (both inclusive,
 * integer comparisons), remaining = envelope − consumed, never below 0. An envelope of 0 is
 * always "exhausted" at 100 %. Throws a RangeError on amounts that are not non-negative safe
 * integers.
 */
export function envelopeConsumption(
  envelopeCents: number,
  consumedCents: number,
): EnvelopeConsumption {
  if (!isAmount(envelopeCents) || !isAmount(consumedCents)) {
    throw new RangeError(`Invalid envelope or consumption: ${envelopeCents}, ${consumedCents}`);
  }
  const remainingCents = Math.max(0, envelopeCents - consumedCents);
  if (envelopeCents === 0) return { percent: 100, level: "exhausted", remainingCents };
  const envelope = BigInt(envelopeCents);
  const consumed100 = BigInt(consumedCents) * 100n;
  const exactPercent = consumed100 / envelope;
  const percent =
    exactPercent > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(exactPercent);
  const level: EnvelopeLevel =
    consumed100 >= envelope * BigInt(EXHAUSTED_PERCENT)
      ? "exhausted"
      : consumed100 >= envelope * BigInt(WARNING_PERCENT)
        ? "warning"
        : "ok";
  return { percent, level, remainingCents };
}

/**
 * Sums the parts per funder, in the order funders first appear. Throws a RangeError on an amount
 * that is not a non-negative safe integer or a total that leaves the safe range.
 */
export function consumptionByFunder(parts: readonly FunderPart[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { funderId, cents } of parts) {
    if (!isAmount(cents)) throw new RangeError(`Invalid amount for ${funderId}: ${cents}`);
    const total = (totals.get(funderId) ?? 0) + cents;
    if (!Number.isSafeInteger(total)) throw new RangeError(`Total overflows for ${funderId}`);
    totals.set(funderId, total);
  }
  return totals;
}

/** The programme's default split (programs.funding_split), when it holds a valid one; else null. */
export function programmeSplitOf(value: unknown): FundingSplit | null {
  if (!Array.isArray(value)) return null;
  const split = value.flatMap((entry) =>
    entry &&
    typeof entry === "object" &&
    typeof (entry as { funderId?: unknown }).funderId === "string" &&
    typeof (entry as { weight?: unknown }).weight === "number"
      ? [
          {
            funderId: (entry as { funderId: string }).funderId,
            weight: (entry as { weight: number }).weight,
          },
        ]
      : [],
  );
  return validateSplit(split).ok ? split : null;
}

/** The split of one granted level: the programme's, else the committee's funder alone, else none. */
export function levelSplit(
  programmeSplit: FundingSplit | null,
  funderId: string | null,
): FundingSplit {
  if (programmeSplit) return programmeSplit;
  return funderId ? [{ funderId, weight: 1 }] : [];
}

/**
 * What granted levels commit per funder once their supports exist: each level's share split as
 * its support's funding parts will be (levelSplit, then splitShare), summed per funder. A level
 * without a funder and without a programme split commits nobody's envelope. The committee checks
 * a decision against the envelopes with it, so that it counts what the supports will count.
 */
export function grantsByFunder(
  grants: readonly { readonly funderId: string | null; readonly cents: number | null }[],
  programmeSplit: FundingSplit | null,
): Map<string, number> {
  const parts: FunderPart[] = [];
  for (const grant of grants) {
    if (grant.cents === null) continue;
    const split = levelSplit(programmeSplit, grant.funderId);
    if (split.length > 0) parts.push(...splitShare(grant.cents, split));
  }
  return consumptionByFunder(parts);
}
