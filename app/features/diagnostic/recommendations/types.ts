import type { MaturityLevel, ScoreBand } from "../maturity";
import type { NextStepReason, RecommendedLevel } from "../next-step";
import type { DimensionId } from "../question-bank";

/** Where a recommendation leads: a free outside resource or a support level of the programme. */
export type RecommendationLink =
  | { readonly kind: "resource"; readonly url: string; readonly title: string }
  | { readonly kind: "support_level"; readonly level: RecommendedLevel };

/** One concrete action, in plain French. */
export interface Recommendation {
  readonly text: string;
  readonly link?: RecommendationLink;
}

/** What a band means for a dimension, and what to do next. */
export interface BandAdvice {
  readonly summary: string;
  readonly recommendations: readonly Recommendation[];
}

export interface MaturityLevelText {
  readonly label: string;
  readonly description: string;
}

/** All the texts of the result page for one version of the question bank. */
export interface RecommendationCatalogue {
  readonly version: string;
  readonly dimensions: Readonly<Record<DimensionId, Readonly<Record<ScoreBand, BandAdvice>>>>;
  readonly nextStepReasons: Readonly<Record<NextStepReason, string>>;
  readonly maturityLevels: Readonly<Record<MaturityLevel, MaturityLevelText>>;
}
