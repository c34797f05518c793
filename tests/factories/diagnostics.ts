/**
 * Builds diagnostics (shared by the seed and the tests, examples.md #13): a completed diagnostic
 * is scored with the real scoring of its question bank version, never with made-up figures.
 */
import { getQuestionBank, type QuestionBank } from "../../app/features/diagnostic/question-bank";
import { createResumeToken } from "../../app/features/diagnostic/resume-token.server";
import { scoreDiagnostic } from "../../app/features/diagnostic/scoring";
import { sizeBandOf } from "../../app/features/diagnostic/size-band";
import type { Executor } from "../../app/platform/db/types";
import { diagnostics } from "../../db/schema";

export type AnswerLevel = 0 | 1 | 2 | 3 | 4;

/**
 * Complete answers for a bank: `level` everywhere, or one level per dimension (in bank order)
 * when `levels` is given; "na" where listed; P1 and P2 as given.
 */
export function buildDiagnosticAnswers(
  bank: QuestionBank,
  options: {
    level?: AnswerLevel;
    levels?: readonly AnswerLevel[];
    notApplicable?: readonly string[];
    P1?: 0 | 1 | 2;
    P2?: 0 | 1 | 2;
  } = {},
): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  bank.dimensions.forEach((dimension, index) => {
    for (const question of dimension.questions) {
      answers[question.id] = options.notApplicable?.includes(question.id)
        ? "na"
        : (options.levels?.[index] ?? options.level ?? 2);
    }
  });
  answers.P1 = options.P1 ?? 1;
  answers.P2 = options.P2 ?? 1;
  return answers;
}

export type DiagnosticInput = {
  organizationId?: string | null;
  createdBy?: string | null;
  answers?: Record<string, unknown>;
  /** Completed (scored and frozen) unless false. */
  completed?: boolean;
  completedAt?: Date;
  /** Employees of the organisation at completion (for the size band); default: no band. */
  employees?: number | null;
  version?: string;
};

/** Inserts a diagnostic; returns its id and its secret resume token. */
export async function buildDiagnostic(
  executor: Executor,
  input: DiagnosticInput = {},
): Promise<{ id: string; token: string }> {
  const version = input.version ?? "2026-1";
  const bank = getQuestionBank(version);
  if (!bank) throw new Error(`buildDiagnostic needs a built-in version, got ${version}`);
  const answers = input.answers ?? buildDiagnosticAnswers(bank);
  const completed = input.completed ?? true;
  const scored = completed ? scoreDiagnostic(bank, answers) : null;
  if (scored && !scored.ok) throw new Error(`incomplete answers: ${JSON.stringify(scored.issues)}`);
  const { token, hash } = createResumeToken();
  const completedAt = completed ? (input.completedAt ?? new Date()) : null;
  const [row] = await executor
    .insert(diagnostics)
    .values({
      resumeTokenHash: hash,
      version,
      answers,
      status: completed ? "completed" : "in_progress",
      organizationId: input.organizationId ?? null,
      createdBy: input.createdBy ?? null,
      result: scored?.ok ? scored.value : null,
      globalScore: scored?.ok ? scored.value.globalScore : null,
      sizeBand: completed && input.organizationId ? sizeBandOf(input.employees) : null,
      completedAt,
      createdAt: completedAt ?? new Date(),
      updatedAt: completedAt ?? new Date(),
    })
    .returning({ id: diagnostics.id });
  if (!row) throw new Error("diagnostic not inserted");
  return { id: row.id, token };
}
