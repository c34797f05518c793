/**
 * The form of one questionnaire step: a radio group per question (named by the question id) and
 * the button pressed (`intent`). One schema, built for the bank and the step; what a posted value
 * means stays the pure rule `readStepForm` (steps.ts).
 */
import { z } from "zod";
import type { QuestionBank } from "./question-bank";
import { readStepForm, type StepForm } from "./steps";
import type { StepQuestionError } from "./ui/step-page";

/** The buttons of a step: "Suivant" (or "Voir mon résultat"), "Précédent", "Enregistrer…". */
export const stepIntents = ["next", "previous", "save"] as const;
export type StepIntent = (typeof stepIntents)[number];

/** A posted step: the button pressed and what its answers are worth. */
export interface StepSubmission extends StepForm {
  readonly intent: StepIntent;
}

/**
 * The schema of step `number` of `bank`. It never fails: an unknown or missing button counts as
 * "Suivant", and unanswered or invalid questions are listed (the valid answers are saved anyway).
 */
export function stepFormSchema(bank: QuestionBank, number: number) {
  return z
    .looseObject({ intent: z.enum(stepIntents).catch("next") })
    .transform(
      (form): StepSubmission => ({ intent: form.intent, ...readStepForm(bank, number, form) }),
    );
}

/** What the step page shows after a refused "Suivant": each question's error, the valid values. */
export interface StepErrors {
  readonly errors: Readonly<Record<string, StepQuestionError>>;
  readonly values: Readonly<Record<string, string>>;
}

/** The errors of a posted step, or null when every question has a valid answer. */
export function stepErrors(form: StepForm): StepErrors | null {
  if (form.unanswered.length === 0 && form.invalid.length === 0) return null;
  const errors: Record<string, StepQuestionError> = {};
  for (const id of form.unanswered) errors[id] = "unanswered";
  for (const id of form.invalid) errors[id] = "invalid";
  const values: Record<string, string> = {};
  for (const [id, answer] of Object.entries(form.answers)) values[id] = String(answer);
  return { errors, values };
}
