// The digital-maturity gain of the structures supported: six months after its last support
// closes, a structure takes the diagnostic again (T1) and is compared with the diagnostic it took
// before (T0). The per-dimension comparison is the diagnostic feature's `compareDiagnostics`
// (dimensions matched by id, so versions may differ; no gain where either side has no score):
// this module only adds the global score's gain, then the dashboard's aggregate across structures.
import {
  compareDiagnostics,
  type DiagnosticScore,
  type DimensionGain,
  type DimensionId,
  dimensionIds,
  roundHalfUpRatio,
} from "~/features/diagnostic";

/** What a gain needs of a diagnostic's score (a stored DiagnosticScore has it). */
export type ScoredDiagnostic = Pick<DiagnosticScore, "dimensions" | "globalScore">;

export interface MaturityGain {
  /** compareDiagnostics(before, after): the dimensions of T1 first, then those only in T0. */
  readonly dimensions: readonly DimensionGain[];
  /** The global scores (0-100) and their difference in points: after - before. */
  readonly overall: { readonly before: number; readonly after: number; readonly gain: number };
}

/** The gain of one structure between its diagnostic before (T0) and after (T1) its supports. */
export function maturityGain(before: ScoredDiagnostic, after: ScoredDiagnostic): MaturityGain {
  return {
    dimensions: compareDiagnostics(before, after),
    overall: {
      before: before.globalScore,
      after: after.globalScore,
      gain: after.globalScore - before.globalScore,
    },
  };
}

/** Means over the structures that have a gain, in tenths of a point (123 is 12.3). */
export interface MeanGain {
  /** How many structures have a score both before and after. */
  readonly count: number;
  /** Mean gain, in tenths of a point, rounded halves away from zero; null when count is 0. */
  readonly meanGainTenths: number | null;
  /**
   * Mean score before and after over the same structures, in tenths, halves up; null when count
   * is 0. Each mean is rounded on its own, so meanAfter - meanBefore may differ from meanGain by
   * one tenth.
   */
  readonly meanBeforeTenths: number | null;
  readonly meanAfterTenths: number | null;
}

export interface GainAggregate {
  /** How many structures were compared. */
  readonly count: number;
  readonly overall: MeanGain;
  /** Every dimension, in the bank's order; a dimension no structure scored twice has count 0. */
  readonly dimensions: readonly ({ readonly id: DimensionId } & MeanGain)[];
}

/** Rounds n / d (d > 0) to the nearest integer, halves away from zero, in exact integers. */
function roundHalfAwayRatio(numerator: number, denominator: number): number {
  const magnitude = roundHalfUpRatio(Math.abs(numerator), denominator);
  // `|| 0`: a small negative ratio rounds to 0, not -0.
  return numerator < 0 ? -magnitude || 0 : magnitude;
}

type Pair = { readonly before: number; readonly after: number };

function meanOf(pairs: readonly Pair[]): MeanGain {
  const count = pairs.length;
  if (count === 0) {
    return { count, meanGainTenths: null, meanBeforeTenths: null, meanAfterTenths: null };
  }
  let before = 0;
  let after = 0;
  for (const pair of pairs) {
    before += pair.before;
    after += pair.after;
  }
  return {
    count,
    // Gains can be negative: halves away from zero, so a mirrored loss reads as the same size.
    meanGainTenths: roundHalfAwayRatio((after - before) * 10, count),
    meanBeforeTenths: roundHalfUpRatio(before * 10, count),
    meanAfterTenths: roundHalfUpRatio(after * 10, count),
  };
}

/**
 * The dashboard's view of many structures' gains: the mean global gain, and per dimension the
 * mean gain over the structures scored on it both times (so `count` may differ by dimension). Means
 * are computed from integer sums and given in tenths of a point, without float drift.
 */
export function aggregateGains(gains: readonly MaturityGain[]): GainAggregate {
  const byDimension = new Map<DimensionId, Pair[]>(dimensionIds.map((id) => [id, []]));
  for (const gain of gains) {
    for (const dimension of gain.dimensions) {
      if (dimension.before === null || dimension.after === null) continue;
      byDimension.get(dimension.id)?.push({ before: dimension.before, after: dimension.after });
    }
  }
  return {
    count: gains.length,
    overall: meanOf(gains.map((gain) => gain.overall)),
    dimensions: dimensionIds.map((id) => ({ id, ...meanOf(byDimension.get(id) ?? []) })),
  };
}
