import { type AnswerIssue, findAnswerIssues } from "./answer-validation";
import { type MaturityLevel, maturityLevelOf, priorityThreshold } from "./maturity";
import { type NextStepReason, type RecommendedLevel, recommendNextStep } from "./next-step";
import type { Dimension, DimensionId, NextStepChoice, QuestionBank } from "./question-bank";
import { roundHalfUpRatio } from "./rounding";

export interface DimensionScore {
  readonly id: DimensionId;
  /** 0-100, or null when every question of the dimension was answered "not applicable". */
  readonly score: number | null;
}

export interface DiagnosticScore {
  readonly version: string;
  readonly dimensions: readonly DimensionScore[];
  readonly globalScore: number;
  readonly level: MaturityLevel;
  /** Dimensions scored under 40, lowest score first (bank order between equal scores). */
  readonly priorities: readonly DimensionId[];
  readonly recommendedLevel: RecommendedLevel;
  readonly reason: NextStepReason;
}

export type ScoreResult =
  | { readonly ok: true; readonly value: DiagnosticScore }
  | { readonly ok: false; readonly issues: readonly AnswerIssue[] };

/** Highest answer level: a dimension score is the average level over this, times 100. */
const maxLevel = 4;

/** Scores one dimension of answers already validated; null when all are "not applicable". */
function scoreDimension(
  dimension: Dimension,
  answers: Readonly<Record<string, unknown>>,
): number | null {
  let sum = 0;
  let count = 0;
  for (const question of dimension.questions) {
    const answer = answers[question.id];
    if (typeof answer === "number") {
      sum += answer;
      count += 1;
    }
  }
  return count === 0 ? null : roundHalfUpRatio(sum * 100, maxLevel * count);
}

/**
 * Scores a complete set of answers with a question bank (dimension, global, level, priorities,
 * next step), or lists the questions whose answer is missing or invalid.
 */
export function scoreDiagnostic(
  bank: QuestionBank,
  answers: Readonly<Record<string, unknown>>,
): ScoreResult {
  const issues = findAnswerIssues(bank, answers);
  if (issues.length > 0) return { ok: false, issues };

  const dimensions = bank.dimensions.map((dimension) => ({
    id: dimension.id,
    score: scoreDimension(dimension, answers),
  }));
  const scored = dimensions.filter(
    (dimension): dimension is { id: DimensionId; score: number } => dimension.score !== null,
  );
  if (scored.length === 0) {
    // Cannot happen with a published bank: each dimension has questions that refuse "na".
    throw new Error(`Question bank ${bank.version} produced no dimension score`);
  }
  const total = scored.reduce((sum, dimension) => sum + dimension.score, 0);
  const globalScore = roundHalfUpRatio(total, scored.length);
  const priorities = scored
    .filter((dimension) => dimension.score < priorityThreshold)
    .sort((a, b) => a.score - b.score)
    .map((dimension) => dimension.id);
  // The answers were validated above: P1 and P2 are integers 0-2.
  const [projectQuestion, ownerQuestion] = bank.nextStepQuestions;
  const nextStep = recommendNextStep(
    answers[projectQuestion.id] as NextStepChoice,
    answers[ownerQuestion.id] as NextStepChoice,
    globalScore,
  );

  return {
    ok: true,
    value: {
      version: bank.version,
      dimensions,
      globalScore,
      level: maturityLevelOf(globalScore),
      priorities,
      recommendedLevel: nextStep.level,
      reason: nextStep.reason,
    },
  };
}
