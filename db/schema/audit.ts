/** The append-only audit trail: every command that changes data appends one row here. */
import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    /** User id of the actor, or null for the system (jobs, seed). */
    actorId: text("actor_id"),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    /** Short summaries of the state before and after, never secrets or whole documents. */
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entityType, t.entityId, t.occurredAt),
    // The administrators' journal filters by actor, newest first (keyset on id).
    index("audit_events_actor_idx").on(t.actorId, t.id),
  ],
);
