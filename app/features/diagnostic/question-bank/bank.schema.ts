/**
 * Schema of a question bank published by an administrator (pasted or uploaded JSON). It checks
 * everything the scoring relies on: the 8 stable dimensions once each, 5 answers per question,
 * unique question ids, at least one question per dimension that refuses "not applicable" (so a
 * dimension can always be scored), and the two next-step questions P1 and P2 with 3 answers.
 * Error messages are catalogue keys of the diagnostic feature.
 */
import { z } from "zod";
import type { MessageKey } from "~/i18n";
import { dimensionIds, nextStepQuestionIds, type QuestionBank } from "./types";

/** Longest text accepted for a question, an answer or a title. */
export const bankTextMaxLength = 400;

/** Most questions accepted in one dimension. */
export const questionsPerDimensionMax = 12;

/** A version id: year, dash, number ("2027-1"). */
export const bankVersionPattern = /^\d{4}-\d{1,3}$/;

/** A scored question id: one capital letter and a number ("S1", "K12"). */
const questionIdPattern = /^[A-Z]\d{1,2}$/;

const key = (message: MessageKey) => message;

const text = z
  .string({ error: key("diagnostic.admin.error.shape") })
  .trim()
  .min(1, key("diagnostic.admin.error.text"))
  .max(bankTextMaxLength, key("diagnostic.admin.error.text"));

const questionSchema = z.object({
  id: z
    .string({ error: key("diagnostic.admin.error.shape") })
    .regex(questionIdPattern, key("diagnostic.admin.error.questionId"))
    .refine(
      (id) => !(nextStepQuestionIds as readonly string[]).includes(id),
      key("diagnostic.admin.error.questionId"),
    ),
  text,
  labels: z.tuple([text, text, text, text, text], { error: key("diagnostic.admin.error.labels") }),
  allowsNotApplicable: z.boolean({ error: key("diagnostic.admin.error.shape") }),
});

const dimensionSchema = z.object({
  id: z.enum(dimensionIds, { error: key("diagnostic.admin.error.dimensions") }),
  title: text,
  questions: z
    .array(questionSchema, { error: key("diagnostic.admin.error.shape") })
    .min(1, key("diagnostic.admin.error.allNotApplicable"))
    .max(questionsPerDimensionMax, key("diagnostic.admin.error.shape"))
    .refine(
      (questions) => questions.some((question) => !question.allowsNotApplicable),
      key("diagnostic.admin.error.allNotApplicable"),
    ),
});

const nextStepQuestion = (id: "P1" | "P2") =>
  z.object({
    id: z.literal(id, { error: key("diagnostic.admin.error.nextStep") }),
    text,
    labels: z.tuple([text, text, text], { error: key("diagnostic.admin.error.nextStep") }),
  });

/** Schema of a whole question bank, as published by an administrator. */
export const questionBankSchema = z
  .object({
    version: z
      .string({ error: key("diagnostic.admin.error.versionFormat") })
      .trim()
      .regex(bankVersionPattern, key("diagnostic.admin.error.versionFormat")),
    notApplicableLabel: text,
    dimensions: z
      .array(dimensionSchema, { error: key("diagnostic.admin.error.dimensions") })
      .length(dimensionIds.length, key("diagnostic.admin.error.dimensions"))
      .refine(
        (dimensions) => new Set(dimensions.map((d) => d.id)).size === dimensionIds.length,
        key("diagnostic.admin.error.dimensions"),
      ),
    nextStepQuestions: z.tuple([nextStepQuestion("P1"), nextStepQuestion("P2")], {
      error: key("diagnostic.admin.error.nextStep"),
    }),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.dimensions.forEach((dimension, d) => {
      dimension.questions.forEach((question, q) => {
        if (seen.has(question.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["dimensions", d, "questions", q, "id"],
            message: key("diagnostic.admin.error.duplicateQuestion"),
            params: { id: question.id },
          });
        }
        seen.add(question.id);
      });
    });
  });

/** One problem of a submitted bank: where it is (a dotted path) and a catalogue key. */
export interface BankIssue {
  readonly path: string;
  readonly message: MessageKey;
  readonly params?: Readonly<Record<string, string>>;
}

export type ParseBankResult =
  | { readonly ok: true; readonly bank: QuestionBank }
  | { readonly ok: false; readonly issues: readonly BankIssue[] };

/** Keeps a message when it is one of ours; any other Zod message means a wrong shape. */
function toMessageKey(message: string): MessageKey {
  return message.startsWith("diagnostic.admin.error.")
    ? (message as MessageKey)
    : "diagnostic.admin.error.shape";
}

/** Validates an already decoded JSON value as a question bank. */
export function parseQuestionBank(input: unknown): ParseBankResult {
  const result = questionBankSchema.safeParse(input);
  if (result.success) return { ok: true, bank: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: toMessageKey(issue.message),
    ...(issue.code === "custom" && issue.params ? { params: issue.params } : {}),
  }));
  return { ok: false, issues };
}

/** Decodes JSON text and validates it as a question bank; bad JSON is one issue at the root. */
export function parseQuestionBankJson(text: string): ParseBankResult {
  if (text.trim() === "") {
    return { ok: false, issues: [{ path: "", message: "diagnostic.admin.error.empty" }] };
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: "", message: "diagnostic.admin.error.notJson" }] };
  }
  return parseQuestionBank(decoded);
}
