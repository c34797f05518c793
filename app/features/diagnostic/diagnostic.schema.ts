import { z } from "zod";
import type { Locale } from "~/platform/i18n/types";
import { type AnswerIssueCode, findAnswerIssues } from "./answer-validation";
import { en, fr } from "./messages";
import {
  type DiagnosticAnswers,
  getQuestionBank,
  nextStepQuestionIds,
  type QuestionBank,
} from "./question-bank";

/** Codes of the errors reported for a diagnostic body. */
export type DiagnosticErrorCode = AnswerIssueCode | "invalid_body" | "unknown_version";

export interface DiagnosticError {
  /** Question id the error belongs to, or null for the body itself (shape, version). */
  readonly question: string | null;
  readonly code: DiagnosticErrorCode;
  readonly message: string;
}

export interface DiagnosticSubmission {
  /** A built-in version or one published by an administrator. */
  readonly version: string;
  readonly answers: DiagnosticAnswers;
}

export type ParseDiagnosticResult =
  | { readonly ok: true; readonly value: DiagnosticSubmission }
  | { readonly ok: false; readonly errors: readonly DiagnosticError[] };

const catalogues = { fr, en } as const;

/** Returns the user-facing sentence of an error code, in the given locale. */
export function diagnosticErrorMessage(
  code: DiagnosticErrorCode,
  question: string | null,
  locale: Locale = "fr",
): string {
  const messages = catalogues[locale];
  switch (code) {
    case "invalid_body":
      return messages["diagnostic.error.invalidBody"];
    case "unknown_version":
      return messages["diagnostic.error.unknownVersion"];
    case "missing":
      return messages["diagnostic.error.answerMissing"];
    case "invalid_type":
      return messages["diagnostic.error.answerInvalidType"];
    case "not_integer":
      return messages["diagnostic.error.answerNotInteger"];
    case "out_of_range":
      return (nextStepQuestionIds as readonly (string | null)[]).includes(question)
        ? messages["diagnostic.error.choiceOutOfRange"]
        : messages["diagnostic.error.levelOutOfRange"];
    case "na_not_allowed":
      return messages["diagnostic.error.notApplicableRefused"];
    case "unknown_question":
      return messages["diagnostic.error.unknownQuestion"];
  }
}

/** Finds the question bank of a version id; undefined when the version does not exist. */
export type BankResolver = (version: string) => QuestionBank | undefined;

/**
 * Builds the schema of the API body `{ version, answers: { S1: 0-4, B3: 0-4 | "na", P1: 0-2, ... } }`
 * for the versions `resolveBank` knows: every answer problem is a custom issue at path
 * ["answers", questionId] with `params.code` set.
 */
export function buildDiagnosticBodySchema(resolveBank: BankResolver = getQuestionBank) {
  return (
    z
      .object({
        version: z.string(),
        answers: z.record(z.string(), z.unknown()),
      })
      .superRefine((body, ctx) => {
        const bank = resolveBank(body.version);
        if (!bank) {
          ctx.addIssue({
            code: "custom",
            path: ["version"],
            message: diagnosticErrorMessage("unknown_version", null),
            params: { code: "unknown_version" },
          });
          return;
        }
        for (const issue of findAnswerIssues(bank, body.answers)) {
          ctx.addIssue({
            code: "custom",
            path: ["answers", issue.question],
            message: diagnosticErrorMessage(issue.code, issue.question),
            params: { code: issue.code },
          });
        }
      })
      // Runs only when the refinement above found no issue, so the version and answers are valid.
      .transform(
        (body): DiagnosticSubmission => ({
          version: body.version,
          answers: body.answers as DiagnosticAnswers,
        }),
      )
  );
}

/** Schema of the API body for the built-in versions of the question bank. */
export const diagnosticBodySchema = buildDiagnosticBodySchema();

/** Maps one Zod issue of the body schema to a diagnostic error. */
function toDiagnosticError(issue: z.core.$ZodIssue, locale: Locale): DiagnosticError {
  const [head, questionKey] = issue.path;
  const custom = issue.code === "custom" ? (issue.params?.code as DiagnosticErrorCode) : undefined;
  if (head === "answers" && typeof questionKey === "string" && custom) {
    return {
      question: questionKey,
      code: custom,
      message: diagnosticErrorMessage(custom, questionKey, locale),
    };
  }
  const code: DiagnosticErrorCode = head === "version" ? "unknown_version" : "invalid_body";
  return { question: null, code, message: diagnosticErrorMessage(code, null, locale) };
}

/** Validates a diagnostic API body; on failure lists the errors by question id, with sentences. */
export function parseDiagnosticAnswers(
  input: unknown,
  locale: Locale = "fr",
  resolveBank?: BankResolver,
): ParseDiagnosticResult {
  const schema = resolveBank ? buildDiagnosticBodySchema(resolveBank) : diagnosticBodySchema;
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => toDiagnosticError(issue, locale));
  return { ok: false, errors };
}
