// The agenda's commands, while it may change (planned, pre-review): add an application ready
// for committee (or postponed by an earlier session) at the end, which schedules it; remove an
// item, which takes it off the agenda (unschedule) with its scores and conflicts; move an item up
// or down. Each in one transaction with its audit event; the state changes are the state
// machine's, with their own timeline event and audit.
import { and, asc, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { applications, committeeItems } from "../../../db/schema";
import { moveApplication } from "./application-move.server";
import { nextPosition } from "./queries.server";
import { requestedLevelsOf } from "./requested-levels.server";
import { moveInOrder } from "./rules";
import { lockSession, refuseInState } from "./session-lock.server";
import { agendaEditable } from "./session-state";
import type { CommandActor } from "./system-actor";

export async function addItem(options: {
  db: Database;
  actor: CommandActor;
  sessionId: string;
  applicationId: string;
  requestId?: string;
}): Promise<{ itemId: string }> {
  const { db, actor } = options;
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!agendaEditable(session.state)) {
      refuseInState(session.state, "committees.refusal.agendaLocked");
    }
    const [application] = await tx
      .select({
        id: applications.id,
        status: applications.status,
        programId: applications.programId,
        data: applications.data,
        number: applications.number,
      })
      .from(applications)
      .where(
        and(
          eq(applications.id, options.applicationId),
          eq(applications.programId, session.programId),
        ),
      );
    if (
      !application ||
      (application.status !== "ready_for_committee" && application.status !== "postponed")
    ) {
      return refuse({
        code: "not_ready",
        message: "committees.agenda.error.notReady",
        field: "applicationId",
      });
    }
    const moves = { actor, applicationId: application.id, requestId: options.requestId };
    if (application.status === "postponed") {
      await moveApplication(tx, { ...moves, action: "reschedule" });
    }
    await moveApplication(tx, { ...moves, action: "schedule" });
    const levels = await requestedLevelsOf(tx, application);
    const [item] = await tx
      .insert(committeeItems)
      .values({
        sessionId: session.id,
        applicationId: application.id,
        position: await nextPosition(tx, session.id),
        requestedLevels: levels,
        addedBy: actor.id,
      })
      .returning({ id: committeeItems.id });
    if (!item) throw new Error("committee item not inserted");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.item_added",
      after: { itemId: item.id, applicationId: application.id, number: application.number },
      requestId: options.requestId,
    });
    return { itemId: item.id };
  });
}

export async function removeItem(options: {
  db: Database;
  actor: CommandActor;
  sessionId: string;
  itemId: string;
  requestId?: string;
}): Promise<void> {
  const { db, actor } = options;
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!agendaEditable(session.state)) {
      refuseInState(session.state, "committees.refusal.agendaLocked");
    }
    const [item] = await tx
      .delete(committeeItems)
      .where(and(eq(committeeItems.id, options.itemId), eq(committeeItems.sessionId, session.id)))
      .returning({ id: committeeItems.id, applicationId: committeeItems.applicationId });
    if (!item) {
      return refuse({ code: "unknown_item", message: "committees.agenda.error.itemRequired" });
    }
    const [application] = await tx
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, item.applicationId));
    // An application withdrawn by its applicant meanwhile simply leaves the agenda.
    if (application?.status === "scheduled") {
      await moveApplication(tx, {
        actor,
        applicationId: item.applicationId,
        action: "unschedule",
        requestId: options.requestId,
      });
    }
    await renumber(tx, session.id);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.item_removed",
      before: { itemId: item.id, applicationId: item.applicationId },
      requestId: options.requestId,
    });
  });
}

export async function moveItem(options: {
  db: Database;
  actor: CommandActor;
  sessionId: string;
  itemId: string;
  direction: "up" | "down";
  requestId?: string;
}): Promise<void> {
  const { db, actor } = options;
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!agendaEditable(session.state)) {
      refuseInState(session.state, "committees.refusal.agendaLocked");
    }
    const ids = await orderedIds(tx, session.id);
    if (!ids.includes(options.itemId)) {
      refuse({ code: "unknown_item", message: "committees.agenda.error.itemRequired" });
    }
    const order = moveInOrder(ids, options.itemId, options.direction);
    await writeOrder(tx, order);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.item_moved",
      before: { position: ids.indexOf(options.itemId) + 1 },
      after: { itemId: options.itemId, position: order.indexOf(options.itemId) + 1 },
      requestId: options.requestId,
    });
  });
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

async function orderedIds(tx: Tx, sessionId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: committeeItems.id })
    .from(committeeItems)
    .where(eq(committeeItems.sessionId, sessionId))
    .orderBy(asc(committeeItems.position), asc(committeeItems.addedAt));
  return rows.map((row) => row.id);
}

async function writeOrder(tx: Tx, ids: readonly string[]): Promise<void> {
  for (const [index, id] of ids.entries()) {
    await tx
      .update(committeeItems)
      .set({ position: index + 1 })
      .where(eq(committeeItems.id, id));
  }
}

/** Positions 1..n again after a removal. */
async function renumber(tx: Tx, sessionId: string): Promise<void> {
  await writeOrder(tx, await orderedIds(tx, sessionId));
}
