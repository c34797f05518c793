/**
 * The audit helper every command uses: one append-only row per change (who, when, what entity,
 * action, before/after summary). Call it with the command's transaction so the event commits
 * or rolls back with the change it describes. Action names are the closed list of
 * ./audit-actions.ts: an unknown name, or one of another entity, does not compile.
 */

import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { auditEvents } from "../../db/schema";
import type { AuditAction, AuditActionOf, AuditEntityType } from "./audit-actions";

export type { AuditAction, AuditActionOf, AuditEntityType } from "./audit-actions";

/** One event of the trail; the action must be one of its entity type's names. */
export type AuditEvent = {
  [Entity in AuditEntityType]: {
    actorId: string | null;
    entityType: Entity;
    entityId: string;
    action: AuditActionOf<Entity>;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    requestId?: string | null;
  };
}[AuditEntityType];

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

/**
 * A filter of the trail (all optional): by entity type, one entity, one action, one actor, a
 * period (`from` included, `to` excluded), and `beforeId` for the next page of a keyset
 * pagination (events older than that one).
 */
export type AuditFilter = {
  entityType?: AuditEntityType;
  entityId?: string;
  action?: AuditAction;
  actorId?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
};

/** The SQL condition of a filter, to add to a query's `where`. */
export function auditFilterWhere(filter: AuditFilter): SQL | undefined {
  return and(
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
    filter.to ? lt(auditEvents.occurredAt, filter.to) : undefined,
    filter.beforeId !== undefined ? lt(auditEvents.id, filter.beforeId) : undefined,
  );
}

/** The newest events matching `filter`, newest first (by id: the order they were written). */
export async function listAuditEvents(executor: Executor, filter: AuditFilter, limit = 100) {
  return executor
    .select()
    .from(auditEvents)
    .where(auditFilterWhere(filter))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
