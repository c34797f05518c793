/**
 * What the result page and the PDF show, computed once from a frozen score and its question bank:
 * each dimension with its title, score, band sentence and recommendations (priorities first),
 * the maturity level texts and the recommended next step with its reason.
 */
import { z } from "zod";
import { type MaturityLevel, maturityLevels, type ScoreBand, scoreBandOf } from "./maturity";
import { nextStepReasons, type RecommendedLevel, recommendedLevels } from "./next-step";
import { currentVersion, type DimensionId, dimensionIds, type QuestionBank } from "./question-bank";
import {
  getRecommendationCatalogue,
  type Recommendation,
  type RecommendationCatalogue,
} from "./recommendations";
import type { DiagnosticScore } from "./scoring";

/** Schema of a score as stored in `diagnostics.result` (checked when read back). */
export const storedScoreSchema = z.object({
  version: z.string(),
  dimensions: z.array(
    z.object({ id: z.enum(dimensionIds), score: z.number().int().min(0).max(100).nullable() }),
  ),
  globalScore: z.number().int().min(0).max(100),
  level: z.enum(maturityLevels),
  priorities: z.array(z.enum(dimensionIds)),
  recommendedLevel: z.enum(recommendedLevels),
  reason: z.enum(nextStepReasons),
});

/** Reads a stored score; null when the stored value is not a score (never trusted blindly). */
export function toDiagnosticScore(value: unknown): DiagnosticScore | null {
  const parsed = storedScoreSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What a comparison of two diagnostics reads of a stored score: its dimensions and global score. */
export type ComparedScore = Pick<DiagnosticScore, "dimensions" | "globalScore">;
const comparedScoreSchema = storedScoreSchema.pick({ dimensions: true, globalScore: true });

/** Reads those two parts of a stored score; null when they are not a score's. */
export function toComparedScore(value: unknown): ComparedScore | null {
  const parsed = comparedScoreSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The result page texts of a version. Versions published by an administrator have no texts of
 * their own: dimension ids are stable, so they use the texts of the built-in current version.
 */
export function recommendationCatalogueFor(version: string): RecommendationCatalogue {
  const catalogue =
    getRecommendationCatalogue(version) ?? getRecommendationCatalogue(currentVersion);
  if (!catalogue) throw new Error(`No recommendations for ${version} nor ${currentVersion}`);
  return catalogue;
}

export interface DimensionView {
  readonly id: DimensionId;
  readonly title: string;
  /** 0-100, or null when every answer was "not applicable". */
  readonly score: number | null;
  readonly band: ScoreBand | null;
  readonly priority: boolean;
  /** What the band means, in one sentence (null without a score). */
  readonly summary: string | null;
  readonly recommendations: readonly Recommendation[];
}

export interface ResultView {
  readonly version: string;
  readonly globalScore: number;
  readonly level: MaturityLevel;
  readonly levelLabel: string;
  readonly levelDescription: string;
  /** Every dimension in questionnaire order (chart and table). */
  readonly dimensions: readonly DimensionView[];
  /** The same dimensions for the detailed advice: priorities first (lowest score first). */
  readonly adviceOrder: readonly DimensionView[];
  readonly nextStep: { readonly level: RecommendedLevel; readonly reason: string };
}

/** Builds the result view of a score taken with `bank`. */
export function buildResultView(bank: QuestionBank, score: DiagnosticScore): ResultView {
  const catalogue = recommendationCatalogueFor(score.version);
  const scores = new Map(score.dimensions.map((d) => [d.id, d.score] as const));
  const priorities = new Set(score.priorities);
  const dimensions = bank.dimensions.map((dimension): DimensionView => {
    const value = scores.get(dimension.id) ?? null;
    const band = value === null ? null : scoreBandOf(value);
    const advice = band ? catalogue.dimensions[dimension.id][band] : null;
    return {
      id: dimension.id,
      title: dimension.title,
      score: value,
      band,
      priority: priorities.has(dimension.id),
      summary: advice?.summary ?? null,
      recommendations: advice?.recommendations ?? [],
    };
  });
  const byId = new Map(dimensions.map((d) => [d.id, d] as const));
  const first = score.priorities.flatMap((id) => byId.get(id) ?? []);
  const adviceOrder = [...first, ...dimensions.filter((d) => !priorities.has(d.id))];
  const levelText = catalogue.maturityLevels[score.level];
  return {
    version: score.version,
    globalScore: score.globalScore,
    level: score.level,
    levelLabel: levelText.label,
    levelDescription: levelText.description,
    dimensions,
    adviceOrder,
    nextStep: { level: score.recommendedLevel, reason: catalogue.nextStepReasons[score.reason] },
  };
}

/** The free outside resources linked from a view's recommendations, once each, in page order. */
export function resourcesOf(
  view: ResultView,
): readonly { readonly url: string; readonly title: string }[] {
  const seen = new Map<string, string>();
  for (const dimension of view.adviceOrder) {
    for (const recommendation of dimension.recommendations) {
      const link = recommendation.link;
      if (link?.kind === "resource" && !seen.has(link.url)) seen.set(link.url, link.title);
    }
  }
  return [...seen].map(([url, title]) => ({ url, title }));
}
