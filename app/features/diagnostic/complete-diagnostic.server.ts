import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { diagnostics, organizations } from "../../../db/schema";
import { loadQuestionBank } from "./question-banks.server";
import { type DiagnosticScore, scoreDiagnostic } from "./scoring";
import { sizeBandOf } from "./size-band";

export interface CompleteDiagnosticOptions {
  readonly db: Database;
  readonly diagnosticId: string;
  readonly actorId: string | null;
  readonly requestId?: string | null;
}

/**
 * Scores a diagnostic whose every question is answered and freezes the result (with the size
 * band of its organisation, if any), and returns it. Answers still missing are refused
 * (`incomplete`, the per-question problems in `details.issues`), nothing is changed. Completing
 * twice returns the frozen result.
 */
export async function completeDiagnostic(
  options: CompleteDiagnosticOptions,
): Promise<DiagnosticScore> {
  const { db, diagnosticId } = options;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        version: diagnostics.version,
        answers: diagnostics.answers,
        status: diagnostics.status,
        result: diagnostics.result,
        organizationId: diagnostics.organizationId,
      })
      .from(diagnostics)
      .where(eq(diagnostics.id, diagnosticId))
      .for("update");
    if (!row) notFoundError(`diagnostic ${diagnosticId}`);
    if (row.status === "completed") return row.result as DiagnosticScore;
    const bank = await loadQuestionBank(tx, row.version);
    if (!bank)
      throw new Error(`Question bank ${row.version} of diagnostic ${diagnosticId} is gone`);
    const scored = scoreDiagnostic(bank, (row.answers ?? {}) as Record<string, unknown>);
    if (!scored.ok) {
      refuse({
        code: "incomplete",
        message: "diagnostic.error.invalidAnswers",
        params: { questions: scored.issues.map((issue) => issue.question).join(", ") },
        details: { issues: scored.issues },
      });
    }

    let sizeBand: string | null = null;
    if (row.organizationId) {
      const [organization] = await tx
        .select({ employees: organizations.employees })
        .from(organizations)
        .where(eq(organizations.id, row.organizationId));
      sizeBand = sizeBandOf(organization?.employees);
    }
    const completedAt = new Date();
    await tx
      .update(diagnostics)
      .set({
        status: "completed",
        result: scored.value,
        globalScore: scored.value.globalScore,
        sizeBand,
        completedAt,
        updatedAt: completedAt,
      })
      .where(eq(diagnostics.id, diagnosticId));
    await appendAuditEvent(tx, {
      actorId: options.actorId,
      entityType: "diagnostic",
      entityId: diagnosticId,
      action: "diagnostic.completed",
      before: { status: "in_progress" },
      after: {
        status: "completed",
        version: row.version,
        globalScore: scored.value.globalScore,
        level: scored.value.level,
        recommendedLevel: scored.value.recommendedLevel,
      },
      requestId: options.requestId ?? null,
    });
    return scored.value;
  });
}
