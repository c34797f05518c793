import { and, eq, sql } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { diagnostics } from "../../../db/schema";
import type { Answer } from "./question-bank";

export interface SaveDiagnosticAnswersOptions {
  readonly db: Database;
  readonly diagnosticId: string;
  /** The step the answers come from (for the audit trail). */
  readonly step: number;
  /** Valid answers of that step, by question id; other answers are kept as they are. */
  readonly answers: Readonly<Record<string, Answer>>;
  readonly actorId: string | null;
  readonly requestId?: string | null;
}

/**
 * Merges one step's answers into an unfinished diagnostic (a single atomic JSON merge, so two
 * tabs saving different steps never lose each other's answers). Refuses a completed diagnostic
 * (`completed`).
 */
export async function saveDiagnosticAnswers(options: SaveDiagnosticAnswersOptions): Promise<void> {
  const { db, diagnosticId, answers } = options;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(diagnostics)
      .set({
        answers: sql`${diagnostics.answers} || ${JSON.stringify(answers)}::jsonb`,
        updatedAt: new Date(),
      })
      .where(and(eq(diagnostics.id, diagnosticId), eq(diagnostics.status, "in_progress")))
      .returning({ id: diagnostics.id });
    if (updated.length === 0) {
      refuse({ code: "completed", message: "diagnostic.error.completed" });
    }
    await appendAuditEvent(tx, {
      actorId: options.actorId,
      entityType: "diagnostic",
      entityId: diagnosticId,
      action: "diagnostic.answers_saved",
      after: { step: options.step, questions: Object.keys(answers) },
      requestId: options.requestId ?? null,
    });
  });
}
