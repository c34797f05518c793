/**
 * What every programme command shares: who acts, and the transaction with the programme row
 * locked (two administrators editing at once are serialised, so the one-antenna-per-département
 * check cannot be raced) that ends with the audit event. Commands report the platform's one way
 * (`~/platform/commands/outcome`): they return when they acted, and throw `NotFound` or a
 * `Refusal` otherwise, which rolls the transaction back.
 */
import { eq } from "drizzle-orm";
import { type AuditActionOf, appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database, Transaction } from "~/platform/db/types";
import { programs } from "../../../db/schema";

/** Who runs a command, and where. */
export interface CommandContext {
  readonly db: Database;
  readonly actorId: string;
  readonly requestId?: string | null;
}

/**
 * Runs `change` in one transaction with the programme row locked, then appends the audit event
 * the change returns. Throws NotFound when the programme does not exist; a Refusal thrown by
 * `change` leaves nothing written.
 */
export async function changeProgramme(
  context: CommandContext,
  programmeId: string,
  change: (tx: Transaction, programme: typeof programs.$inferSelect) => Promise<AuditSummary>,
): Promise<void> {
  await context.db.transaction(async (tx) => {
    const [programme] = await tx
      .select()
      .from(programs)
      .where(eq(programs.id, programmeId))
      .for("update");
    if (!programme) notFoundError(`programme ${programmeId}`);
    const summary = await change(tx, programme);
    await tx.update(programs).set({ updatedAt: new Date() }).where(eq(programs.id, programmeId));
    await appendAuditEvent(tx, {
      actorId: context.actorId,
      entityType: "programme",
      entityId: programmeId,
      action: summary.action,
      before: summary.before ?? null,
      after: summary.after ?? null,
      requestId: context.requestId ?? null,
    });
  });
}

/** What the audit trail records of a change: its name and short before/after summaries. */
export interface AuditSummary {
  readonly action: AuditActionOf<"programme">;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
}
