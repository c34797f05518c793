// The one way to change an application's state after submission: checks the state machine,
// updates the row only if it is still in the state that was read, and records the event (the
// timeline) and the audit event in the caller's transaction. Later issues reuse it. It returns the
// move made and throws NotFound (no such application in scope) or a Refusal whose code is the
// state machine's reason ("not_allowed_from_state", "role_not_allowed").
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database, Transaction } from "~/platform/db/types";
import { applicationEvents, applications } from "../../../db/schema";
import type { Actor } from "./actor";
import { refuseTransition } from "./refusals";
import {
  type ApplicationAction,
  type ApplicationState,
  isApplicationState,
  transition,
} from "./state-machine";
import { transitionAuditActions } from "./transition-audit";

/** The move a transition made. */
export type Transitioned = { from: ApplicationState; to: ApplicationState };

/** Applies `action` inside `tx`; `organizationId` scopes the row for applicants. */
export async function applyTransition(
  tx: Transaction,
  options: {
    applicationId: string;
    action: ApplicationAction;
    /** Who moves it; a null id is the system (a scheduled job), recorded as no actor. */
    actor: Pick<Actor, "role"> & { readonly id: string | null };
    organizationId?: string;
    reason?: string | null;
    requestId?: string;
  },
): Promise<Transitioned> {
  const { applicationId, action, actor } = options;
  const scope = options.organizationId
    ? and(
        eq(applications.id, applicationId),
        eq(applications.organizationId, options.organizationId),
      )
    : eq(applications.id, applicationId);
  const [row] = await tx
    .select({ status: applications.status })
    .from(applications)
    .where(scope)
    .for("update");
  if (!row || !isApplicationState(row.status)) return notFoundError(`application ${applicationId}`);
  const from = row.status;
  const result = transition(from, action, actor.role);
  if (!result.ok) return refuseTransition(result.reason);
  const now = new Date();
  const updated = await tx
    .update(applications)
    .set({ status: result.to, statusChangedAt: now, updatedAt: now })
    .where(and(eq(applications.id, applicationId), eq(applications.status, from)))
    .returning({ id: applications.id });
  if (updated.length === 0) return refuseTransition("not_allowed_from_state");
  await tx.insert(applicationEvents).values({
    applicationId,
    actorId: actor.id,
    action,
    fromStatus: from,
    toStatus: result.to,
    reason: options.reason ?? null,
  });
  await appendAuditEvent(tx, {
    actorId: actor.id,
    entityType: "application",
    entityId: applicationId,
    action: transitionAuditActions[action],
    before: { status: from },
    after: { status: result.to, ...(options.reason ? { reason: options.reason } : {}) },
    requestId: options.requestId,
  });
  return { from, to: result.to };
}

/** Applies `action` in its own transaction. */
export async function transitionApplication(
  options: Parameters<typeof applyTransition>[1] & { db: Database },
): Promise<Transitioned> {
  const { db, ...rest } = options;
  return db.transaction((tx) => applyTransition(tx, rest));
}
