import {
  type Answer,
  type DimensionId,
  getQuestionBank,
  type NextStepChoice,
  type QuestionBank,
} from "./question-bank";

/** The current bank, for tests. */
export const bank: QuestionBank = getQuestionBank("2026-1");

/** Builds a complete set of answers for tests: one level everywhere, then per-dimension levels. */
export function buildAnswers(
  options: {
    level?: Answer;
    dimensions?: Partial<Record<DimensionId, readonly Answer[]>>;
    P1?: NextStepChoice;
    P2?: NextStepChoice;
  } = {},
): Record<string, unknown> {
  const { level = 2, dimensions = {}, P1 = 2, P2 = 2 } = options;
  const answers: Record<string, unknown> = {};
  for (const dimension of bank.dimensions) {
    const levels = dimensions[dimension.id];
    dimension.questions.forEach((question, index) => {
      answers[question.id] = levels?.[index] ?? level;
    });
  }
  answers.P1 = P1;
  answers.P2 = P2;
  return answers;
}
