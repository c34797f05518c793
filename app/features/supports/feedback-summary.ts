// The survey's scores summed up for the staff (issue 15): NPS categories, counts, averages in
// tenths from integer sums, the NPS. Pure, browser-safe, and without message keys, so a staff
// page reads it without the survey form's messages.
import { roundHalfUpRatio } from "~/features/diagnostic";

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const NPS_MIN = 0;
export const NPS_MAX = 10;

/** The scores of one answer: what the summary needs. */
export type FeedbackScores = {
  readonly satisfaction: number;
  readonly consultantQuality: number;
  readonly needsFit: number;
  readonly recommendation: number;
};

export const npsCategories = ["detractor", "passive", "promoter"] as const;
export type NpsCategory = (typeof npsCategories)[number];

function isScore(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** Reads a 0-10 recommendation score: 0-6 detractor, 7-8 passive, 9-10 promoter. */
export function npsCategory(score: number): NpsCategory {
  if (!isScore(score, NPS_MIN, NPS_MAX)) {
    throw new RangeError(`A recommendation score is an integer from 0 to 10, not ${score}`);
  }
  if (score <= 6) return "detractor";
  if (score <= 8) return "passive";
  return "promoter";
}

export interface FeedbackSummary {
  readonly count: number;
  /**
   * The mean of each score in tenths of a point (42 is 4.2), rounded to the nearest tenth with
   * halves up, computed from the integer sums (no float drift); null without answers.
   */
  readonly averageTenths: {
    readonly satisfaction: number | null;
    readonly consultantQuality: number | null;
    readonly needsFit: number | null;
    readonly recommendation: number | null;
  };
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /**
   * Net Promoter Score: % promoters - % detractors, -100 to 100, computed as
   * (promoters - detractors) x 100 / count and rounded to the nearest integer with halves away
   * from zero (12.5 gives 13 and -12.5 gives -13, so mirrored answers give mirrored scores);
   * null without answers.
   */
  readonly nps: number | null;
}

/** Rounds n / d (d > 0) to the nearest integer, halves away from zero, in exact integers. */
function roundHalfAwayRatio(numerator: number, denominator: number): number {
  const magnitude = roundHalfUpRatio(Math.abs(numerator), denominator);
  // `|| 0`: a small negative ratio rounds to 0, not -0.
  return numerator < 0 ? -magnitude || 0 : magnitude;
}

/**
 * Sums up survey answers (of one antenna, consultant or level, as the caller grouped them):
 * their count, the mean of each score in tenths, the NPS split and score. Throws on a score out of
 * its range, which only corrupt data can give.
 */
export function summarizeFeedback(answers: readonly FeedbackScores[]): FeedbackSummary {
  const sums = { satisfaction: 0, consultantQuality: 0, needsFit: 0, recommendation: 0 };
  const categories: Record<NpsCategory, number> = { detractor: 0, passive: 0, promoter: 0 };
  answers.forEach((answer, index) => {
    for (const key of ["satisfaction", "consultantQuality", "needsFit"] as const) {
      if (!isScore(answer[key], SCORE_MIN, SCORE_MAX)) {
        throw new RangeError(`Answer ${index}: ${key} is not an integer from 1 to 5`);
      }
      sums[key] += answer[key];
    }
    if (!isScore(answer.recommendation, NPS_MIN, NPS_MAX)) {
      throw new RangeError(`Answer ${index}: recommendation is not an integer from 0 to 10`);
    }
    sums.recommendation += answer.recommendation;
    categories[npsCategory(answer.recommendation)] += 1;
  });
  const count = answers.length;
  const mean = (sum: number) => (count === 0 ? null : roundHalfUpRatio(sum * 10, count));
  return {
    count,
    averageTenths: {
      satisfaction: mean(sums.satisfaction),
      consultantQuality: mean(sums.consultantQuality),
      needsFit: mean(sums.needsFit),
      recommendation: mean(sums.recommendation),
    },
    promoters: categories.promoter,
    passives: categories.passive,
    detractors: categories.detractor,
    nps:
      count === 0
        ? null
        : roundHalfAwayRatio((categories.promoter - categories.detractor) * 100, count),
  };
}
