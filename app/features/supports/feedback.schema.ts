// The feedback survey of a closed support (safe for the browser): the form's Zod schema, its
// messages as catalogue keys (messages-feedback.ts), and the pure summary the staff views show per
// antenna, consultant and level (the caller groups the answers, this adds them up).
import { z } from "zod";
import { roundHalfUpRatio } from "~/features/diagnostic";

/** Longest answer to a free-text question, in characters, after trimming. */
export const FEEDBACK_TEXT_MAX_LENGTH = 4000;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const NPS_MIN = 0;
export const NPS_MAX = 10;

/** A whole number written plainly (no sign, no leading zero, no exponent), then its bounds. */
const score = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^(?:0|[1-9][0-9]?)$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

/**
 * An optional free text: NUL refused (with the field's message), line breaks read as one
 * character each (browsers send a textarea's "\n" as "\r\n", and count it as one against its
 * maxlength), trimmed, at most FEEDBACK_TEXT_MAX_LENGTH characters; blank or absent is null.
 */
const optionalText = (tooLong: string, invalid: string) =>
  z
    .string({ error: invalid })
    .optional()
    .transform((value, ctx): string | null => {
      if (value === undefined) return null;
      if (value.includes("\u0000")) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      const text = value.replace(/\r\n?/g, "\n").trim();
      if (text.length > FEEDBACK_TEXT_MAX_LENGTH) {
        ctx.addIssue({ code: "custom", message: tooLong });
        return z.NEVER;
      }
      return text === "" ? null : text;
    });

/** The survey form (/avis/:token). Unknown fields (the intent, a CSRF token) are dropped. */
export const feedbackSchema = z.object({
  satisfaction: score(SCORE_MIN, SCORE_MAX, "supports.feedback.error.satisfactionRequired"),
  consultantQuality: score(
    SCORE_MIN,
    SCORE_MAX,
    "supports.feedback.error.consultantQualityRequired",
  ),
  needsFit: score(SCORE_MIN, SCORE_MAX, "supports.feedback.error.needsFitRequired"),
  beneficiaryChanges: optionalText(
    "supports.feedback.error.beneficiaryChangesTooLong",
    "supports.feedback.error.beneficiaryChangesInvalid",
  ),
  recommendation: score(NPS_MIN, NPS_MAX, "supports.feedback.error.recommendationRequired"),
  comment: optionalText(
    "supports.feedback.error.commentTooLong",
    "supports.feedback.error.commentInvalid",
  ),
});
export type FeedbackInput = z.output<typeof feedbackSchema>;

/** The scores of one answer: what the summary needs. */
export type FeedbackScores = Pick<
  FeedbackInput,
  "satisfaction" | "consultantQuality" | "needsFit" | "recommendation"
>;

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
