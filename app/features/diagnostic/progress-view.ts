/**
 * The organisation's diagnostics side by side: one column per diagnostic (oldest first), the gain
 * of the latest over the first for each dimension, and the median of similar organisations when
 * enough of them exist. Across question bank versions only dimensions are compared.
 */
import { compareDiagnostics } from "./comparison";
import { similarOrganizationsMedian, similarOrganizationsMinimum } from "./median";
import { type DimensionId, dimensionIds } from "./question-bank";
import type { DiagnosticScore } from "./scoring";

export interface CompletedDiagnostic {
  readonly id: string;
  readonly completedAt: string;
  readonly score: DiagnosticScore;
}

export interface SimilarMedians {
  /** Number of similar organisations the medians are computed over (at least 10). */
  readonly count: number;
  /** Median global score of those taken with the same version, or null when fewer than 10. */
  readonly global: number | null;
  /** Median score of each dimension, or null when fewer than 10 organisations have one. */
  readonly dimensions: Readonly<Record<DimensionId, number | null>>;
}

/**
 * Medians of the latest diagnostics of similar organisations, or null when there are fewer than
 * 10 of them: the global median only over those taken with `version`, as versions differ.
 */
export function similarMedians(
  scores: readonly DiagnosticScore[],
  version: string,
  minimum: number = similarOrganizationsMinimum,
): SimilarMedians | null {
  if (scores.length < minimum) return null;
  const dimensions = {} as Record<DimensionId, number | null>;
  for (const id of dimensionIds) {
    const values = scores.flatMap((s) => s.dimensions.find((d) => d.id === id)?.score ?? []);
    dimensions[id] = similarOrganizationsMedian(values, minimum);
  }
  const sameVersion = scores.filter((s) => s.version === version).map((s) => s.globalScore);
  return {
    count: scores.length,
    global: similarOrganizationsMedian(sameVersion, minimum),
    dimensions,
  };
}

export interface ProgressRow {
  readonly id: DimensionId | "global";
  /** One score per diagnostic column (null: no score for this dimension). */
  readonly scores: readonly (number | null)[];
  /** Latest minus first, in points; null with a single diagnostic or a missing score. */
  readonly gain: number | null;
  readonly median: number | null;
}

export interface ProgressTable {
  readonly columns: readonly { readonly id: string; readonly completedAt: string }[];
  readonly dimensions: readonly ProgressRow[];
  readonly global: ProgressRow;
  /** True when the diagnostics were taken with different versions of the question bank. */
  readonly versionsDiffer: boolean;
}

/** Builds the side-by-side table of an organisation's diagnostics, given oldest first. */
export function buildProgressTable(
  diagnostics: readonly CompletedDiagnostic[],
  medians: SimilarMedians | null,
): ProgressTable {
  const first = diagnostics[0];
  const last = diagnostics[diagnostics.length - 1];
  const compared = diagnostics.length > 1 && first && last;
  const gains = new Map(
    (compared ? compareDiagnostics(first.score, last.score) : []).map((g) => [g.id, g.gain]),
  );
  const versionsDiffer = new Set(diagnostics.map((d) => d.score.version)).size > 1;
  const ids = dimensionIds.filter((id) =>
    diagnostics.some((d) => d.score.dimensions.some((dimension) => dimension.id === id)),
  );
  const dimensions = ids.map(
    (id): ProgressRow => ({
      id,
      scores: diagnostics.map(
        (d) => d.score.dimensions.find((dimension) => dimension.id === id)?.score ?? null,
      ),
      gain: gains.get(id) ?? null,
      median: medians?.dimensions[id] ?? null,
    }),
  );
  const globalGain =
    compared && !versionsDiffer ? last.score.globalScore - first.score.globalScore : null;
  return {
    columns: diagnostics.map((d) => ({ id: d.id, completedAt: d.completedAt })),
    dimensions,
    global: {
      id: "global",
      scores: diagnostics.map((d) => d.score.globalScore),
      gain: globalGain,
      median: medians?.global ?? null,
    },
    versionsDiffer,
  };
}
