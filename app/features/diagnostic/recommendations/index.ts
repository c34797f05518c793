import { type ScoreBand, scoreBandOf } from "../maturity";
import type { DimensionId } from "../question-bank";
import { recommendations2026_1 } from "./2026-1";
import type { BandAdvice, RecommendationCatalogue } from "./types";

export * from "./types";

/** Result page texts of every published question bank version. */
const catalogues: Readonly<Record<string, RecommendationCatalogue>> = {
  "2026-1": recommendations2026_1,
};

/** Returns the result page texts of a question bank version, undefined for an unknown version. */
export function getRecommendationCatalogue(version: string): RecommendationCatalogue | undefined {
  return Object.hasOwn(catalogues, version) ? catalogues[version] : undefined;
}

export interface DimensionAdvice extends BandAdvice {
  readonly band: ScoreBand;
}

/** Returns the band, its sentence and its recommendations for a dimension score (0-100). */
export function getRecommendations(
  version: string,
  dimensionId: DimensionId,
  score: number,
): DimensionAdvice | undefined {
  const catalogue = getRecommendationCatalogue(version);
  if (!catalogue) return undefined;
  const band = scoreBandOf(score);
  return { band, ...catalogue.dimensions[dimensionId][band] };
}
