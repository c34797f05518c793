import type { DimensionId } from "./question-bank";
import type { DiagnosticScore } from "./scoring";

export interface DimensionGain {
  readonly id: DimensionId;
  readonly before: number | null;
  readonly after: number | null;
  /** after - before in points, or null when either diagnostic has no score for the dimension. */
  readonly gain: number | null;
}

/**
 * Compares two diagnostics (before and after a support) dimension by dimension, matched by id so
 * that versions can differ: dimensions of the later one first, then those only in the earlier one.
 */
export function compareDiagnostics(
  earlier: Pick<DiagnosticScore, "dimensions">,
  later: Pick<DiagnosticScore, "dimensions">,
): DimensionGain[] {
  const before = new Map(earlier.dimensions.map((d) => [d.id, d.score] as const));
  const after = new Map(later.dimensions.map((d) => [d.id, d.score] as const));
  const ids = [...new Set<DimensionId>([...after.keys(), ...before.keys()])];
  return ids.map((id) => {
    const scoreBefore = before.get(id) ?? null;
    const scoreAfter = after.get(id) ?? null;
    const gain = scoreBefore === null || scoreAfter === null ? null : scoreAfter - scoreBefore;
    return { id, before: scoreBefore, after: scoreAfter, gain };
  });
}
