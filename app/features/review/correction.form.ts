// The staff form asking for a correction: the steps (1-5) to reopen, optionally named fields of
// those steps, and a message (1 to 3000 characters). Messages are catalogue keys.
import { z } from "zod";
import { type FormStep, formSteps, stepFieldNames } from "~/features/applications";

export const CORRECTION_MESSAGE_MAX_LENGTH = 3000;

const toList = (value: unknown) =>
  value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value];

/** Every field the staff may name, with its step. */
export const correctableFields: readonly { step: FormStep; name: string }[] = formSteps.flatMap(
  (step) => stepFieldNames(step).map((name) => ({ step, name })),
);

export const correctionSchema = z
  .object({
    steps: z.preprocess(
      toList,
      z
        .array(
          z.coerce
            .number({ error: "review.correction.error.steps" })
            .int("review.correction.error.steps")
            .min(1, "review.correction.error.steps")
            .max(5, "review.correction.error.steps")
            .transform((step) => step as FormStep),
        )
        .min(1, "review.correction.error.steps")
        .transform((steps) => [...new Set(steps)].sort()),
    ),
    fields: z.preprocess(
      toList,
      z
        .array(
          z.string().refine((name) => correctableFields.some((field) => field.name === name), {
            error: "review.correction.error.fields",
          }),
        )
        .max(correctableFields.length, "review.correction.error.fields")
        .transform((fields) => [...new Set(fields)]),
    ),
    message: z
      .string({ error: "review.correction.error.message" })
      .trim()
      .min(1, "review.correction.error.message")
      .max(CORRECTION_MESSAGE_MAX_LENGTH, "review.correction.error.messageTooLong"),
  })
  .superRefine((value, context) => {
    for (const name of value.fields) {
      const field = correctableFields.find((candidate) => candidate.name === name);
      if (field && !value.steps.includes(field.step)) {
        context.addIssue({
          code: "custom",
          path: ["fields"],
          message: "review.correction.error.fieldOutsideSteps",
        });
        return;
      }
    }
  });

export type CorrectionInput = z.output<typeof correctionSchema>;
