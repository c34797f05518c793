// The review grid's arithmetic (pure, safe for the browser): which scores are valid, a
// reviewer's weighted score over the programme's criteria, and the team's average. Weights are
// the programme's integers (programs.review_criteria); a criterion of weight 0 counts for
// nothing. Averages are rounded to one decimal, half up, from exact integer sums (no drift).
import type { ReviewCriterion } from "~/features/programs";

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const SCORE_COMMENT_MAX_LENGTH = 1000;

/** One score of one reviewer on one criterion. */
export type CriterionScore = { criterionId: string; score: number };

/** True for a whole score from 1 to 5. */
export function isValidScore(value: unknown): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX
  );
}

/** The programme's grid read from its stored JSON; malformed entries are left out. */
export function gridOf(value: unknown): ReviewCriterion[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value.flatMap((item): ReviewCriterion[] => {
    if (typeof item !== "object" || item === null) return [];
    const { id, label, description, weight } = item as Record<string, unknown>;
    if (typeof id !== "string" || id === "" || typeof label !== "string" || seen.has(id)) return [];
    seen.add(id);
    return [
      {
        id,
        label,
        description: typeof description === "string" ? description : "",
        weight: typeof weight === "number" && Number.isInteger(weight) && weight >= 0 ? weight : 1,
      },
    ];
  });
}

/** Rounds `numerator / denominator` (non-negative integers) to one decimal, half up. */
function oneDecimal(numerator: number, denominator: number): number {
  return Math.round((numerator * 10) / denominator) / 10;
}

/**
 * The weighted sum of a reviewer's scores and the grid's total weight, or null when the reviewer
 * has not given a valid score to every weighted criterion (or the grid weighs nothing).
 */
function weightedSum(
  grid: readonly ReviewCriterion[],
  scores: readonly CriterionScore[],
): { sum: number; weight: number } | null {
  const byCriterion = new Map(scores.map((s) => [s.criterionId, s.score]));
  let sum = 0;
  let weight = 0;
  for (const criterion of grid) {
    if (criterion.weight <= 0) continue;
    const score = byCriterion.get(criterion.id);
    if (!isValidScore(score)) return null;
    sum += score * criterion.weight;
    weight += criterion.weight;
  }
  return weight > 0 ? { sum, weight } : null;
}

/** A reviewer's weighted score out of 5 (one decimal), or null while incomplete. */
export function weightedScore(
  grid: readonly ReviewCriterion[],
  scores: readonly CriterionScore[],
): number | null {
  const total = weightedSum(grid, scores);
  return total ? oneDecimal(total.sum, total.weight) : null;
}

/**
 * The mean of the complete reviewers' weighted scores (one decimal) and how many they are;
 * reviewers who left a criterion out are not counted. Null average without any complete review.
 */
export function teamAverage(
  grid: readonly ReviewCriterion[],
  scoresByReviewer: ReadonlyMap<string, readonly CriterionScore[]>,
): { average: number | null; count: number } {
  let sum = 0;
  let weight = 0;
  let count = 0;
  for (const scores of scoresByReviewer.values()) {
    const total = weightedSum(grid, scores);
    if (!total) continue;
    // Every complete review has the same total weight: the mean is one exact fraction.
    sum += total.sum;
    weight += total.weight;
    count += 1;
  }
  return { average: count > 0 ? oneDecimal(sum, weight) : null, count };
}

/** Groups score rows by reviewer. */
export function scoresByReviewer(
  rows: readonly (CriterionScore & { reviewerId: string })[],
): Map<string, CriterionScore[]> {
  const map = new Map<string, CriterionScore[]>();
  for (const row of rows) {
    const list = map.get(row.reviewerId) ?? [];
    list.push({ criterionId: row.criterionId, score: row.score });
    map.set(row.reviewerId, list);
  }
  return map;
}
