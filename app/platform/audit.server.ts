/**
 * The audit helper every command uses: one append-only row per change (who, when, what entity,
 * action, before/after summary). Call it with the command's transaction so the event commits
 * or rolls back with the change it describes.
 */

import type { Executor } from "~/platform/db/types";
import { auditEvents } from "../../db/schema";

export type AuditEvent = {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
};

/** Appends one audit event; returns its id. */
export async function appendAuditEvent(executor: Executor, event: AuditEvent): Promise<number> {
  const [row] = await executor
    .insert(auditEvents)
    .values({
      actorId: event.actorId,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: event.before ?? null,
      after: event.after ?? null,
      requestId: event.requestId ?? null,
    })
    .returning({ id: auditEvents.id });
  if (!row) throw new Error("audit event not written");
  return row.id;
}
