import { notApplicable, type QuestionBank, scoredQuestions } from "./question-bank";

/** Why an answer is refused; the same codes are used by the API schema and the scoring. */
export type AnswerIssueCode =
  | "missing"
  | "invalid_type"
  | "not_integer"
  | "out_of_range"
  | "na_not_allowed"
  | "unknown_question";

export interface AnswerIssue {
  readonly question: string;
  readonly code: AnswerIssueCode;
}

/** Highest level of a scored question and highest choice of a next-step question. */
const maxLevel = 4;
const maxNextStepChoice = 2;

/** Checks one answer against the allowed values; returns null when it is valid. */
function checkAnswer(
  value: unknown,
  max: number,
  allowsNotApplicable: boolean,
): AnswerIssueCode | null {
  if (value === undefined || value === null) return "missing";
  if (value === notApplicable) return allowsNotApplicable ? null : "na_not_allowed";
  if (typeof value !== "number") return "invalid_type";
  if (!Number.isInteger(value)) return "not_integer";
  if (value < 0 || value > max) return "out_of_range";
  return null;
}

/**
 * Lists every problem of a set of answers for a bank: questions of the bank in order (S1 ... R4,
 * then P1, P2), then unknown question ids in input order. An empty list means the answers are valid.
 */
export function findAnswerIssues(
  bank: QuestionBank,
  answers: Readonly<Record<string, unknown>>,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const known = new Set<string>();
  const read = (id: string): unknown => (Object.hasOwn(answers, id) ? answers[id] : undefined);
  for (const question of scoredQuestions(bank)) {
    known.add(question.id);
    const code = checkAnswer(read(question.id), maxLevel, question.allowsNotApplicable);
    if (code) issues.push({ question: question.id, code });
  }
  for (const question of bank.nextStepQuestions) {
    known.add(question.id);
    const code = checkAnswer(read(question.id), maxNextStepChoice, false);
    if (code) issues.push({ question: question.id, code });
  }
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) issues.push({ question: id, code: "unknown_question" });
  }
  return issues;
}
