/**
 * The questionnaire as pages: one dimension per step, then a last step with the two next-step
 * questions (P1, P2). Reads a step's posted form into answers and finds where to resume.
 */
import {
  type Answer,
  type Dimension,
  type NextStepQuestion,
  notApplicable,
  type QuestionBank,
} from "./question-bank";

export type StepContent =
  | { readonly kind: "dimension"; readonly number: number; readonly dimension: Dimension }
  | {
      readonly kind: "next_step";
      readonly number: number;
      readonly questions: readonly NextStepQuestion[];
    };

/** Number of pages of a bank: one per dimension and one for the next-step questions. */
export function stepCount(bank: QuestionBank): number {
  return bank.dimensions.length + 1;
}

/** Returns what step `number` (1-based) shows, or undefined outside 1..stepCount. */
export function stepContent(bank: QuestionBank, number: number): StepContent | undefined {
  if (!Number.isInteger(number) || number < 1 || number > stepCount(bank)) return undefined;
  const dimension = bank.dimensions[number - 1];
  if (dimension) return { kind: "dimension", number, dimension };
  return { kind: "next_step", number, questions: bank.nextStepQuestions };
}

/** Reads a step number from a URL segment ("3"); undefined when it is not a step of the bank. */
export function parseStepNumber(
  bank: QuestionBank,
  segment: string | undefined,
): number | undefined {
  if (!segment || !/^\d{1,2}$/.test(segment)) return undefined;
  return stepContent(bank, Number(segment)) ? Number(segment) : undefined;
}

/** A question of a step, whichever kind: scored (levels 0-4) or next-step (choices 0-2). */
export interface StepQuestion {
  readonly id: string;
  readonly text: string;
  readonly labels: readonly string[];
  readonly allowsNotApplicable: boolean;
}

/** Lists the questions of a step in display order (empty outside the bank). */
export function stepQuestions(bank: QuestionBank, number: number): readonly StepQuestion[] {
  const content = stepContent(bank, number);
  if (!content) return [];
  if (content.kind === "dimension") return content.dimension.questions;
  return content.questions.map((question) => ({ ...question, allowsNotApplicable: false }));
}

/** Reads one posted value ("0".."4", "na") as an answer to `question`; null when not valid. */
export function answerFromFormValue(question: StepQuestion, value: unknown): Answer | null {
  if (value === notApplicable) return question.allowsNotApplicable ? notApplicable : null;
  if (typeof value !== "string" || !/^\d$/.test(value)) return null;
  const level = Number(value);
  return level < question.labels.length ? (level as Answer) : null;
}

/** Tells whether a stored answer is a valid answer to `question`. */
export function isValidAnswer(question: StepQuestion, value: unknown): boolean {
  if (value === notApplicable) return question.allowsNotApplicable;
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 0 &&
    value < question.labels.length
  );
}

export interface StepForm {
  /** The valid answers given on this step, by question id. */
  readonly answers: Readonly<Record<string, Answer>>;
  /** Questions of the step left without an answer, in display order. */
  readonly unanswered: readonly string[];
  /** Questions whose posted value is not one of the answers offered. */
  readonly invalid: readonly string[];
}

/** Reads the posted form of a step: valid answers, unanswered and invalid questions. */
export function readStepForm(
  bank: QuestionBank,
  number: number,
  form: Readonly<Record<string, unknown>>,
): StepForm {
  const answers: Record<string, Answer> = {};
  const unanswered: string[] = [];
  const invalid: string[] = [];
  for (const question of stepQuestions(bank, number)) {
    const value = Object.hasOwn(form, question.id) ? form[question.id] : undefined;
    if (value === undefined || value === "") {
      unanswered.push(question.id);
      continue;
    }
    const answer = answerFromFormValue(question, value);
    if (answer === null) invalid.push(question.id);
    else answers[question.id] = answer;
  }
  return { answers, unanswered, invalid };
}

/** Tells whether every question of a step has a valid stored answer. */
export function isStepComplete(
  bank: QuestionBank,
  number: number,
  answers: Readonly<Record<string, unknown>>,
): boolean {
  return stepQuestions(bank, number).every((question) =>
    isValidAnswer(question, answers[question.id]),
  );
}

/** The first step with a missing or invalid answer, or null when the questionnaire is complete. */
export function firstIncompleteStep(
  bank: QuestionBank,
  answers: Readonly<Record<string, unknown>>,
): number | null {
  for (let number = 1; number <= stepCount(bank); number += 1) {
    if (!isStepComplete(bank, number, answers)) return number;
  }
  return null;
}

/** Counts the questions of the whole bank that have a valid stored answer. */
export function answeredCount(
  bank: QuestionBank,
  answers: Readonly<Record<string, unknown>>,
): number {
  let count = 0;
  for (let number = 1; number <= stepCount(bank); number += 1) {
    for (const question of stepQuestions(bank, number)) {
      if (isValidAnswer(question, answers[question.id])) count += 1;
    }
  }
  return count;
}

/** Keeps only the stored answers that are valid for a bank (a tampered store never reaches the UI). */
export function validAnswers(
  bank: QuestionBank,
  answers: Readonly<Record<string, unknown>>,
): Record<string, Answer> {
  const kept: Record<string, Answer> = {};
  for (let number = 1; number <= stepCount(bank); number += 1) {
    for (const question of stepQuestions(bank, number)) {
      const value = answers[question.id];
      if (isValidAnswer(question, value)) kept[question.id] = value as Answer;
    }
  }
  return kept;
}
