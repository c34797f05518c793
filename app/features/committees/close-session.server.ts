// Closes a meeting (in_session -> closed) and makes its decisions final, in one transaction:
// every item still scheduled must have a decision (an application withdrawn meanwhile is left
// out); each application moves by the state machine (accept, refuse, postpone: a postponed
// application waits, "postponed", for the agenda of a later session); each decision gets its
// final date (the database then refuses any edit: a correction is an amendment); each granted
// level of an accepted decision becomes a support record (features/supports). The closer is a
// member of the session or an administrator. Audited on the session.
//
// The documents are not rendered here: the same transaction enqueues the `committee-documents`
// job (jobs/closing-documents.ts), which stores the minutes PDF and each decision letter, then
// mails each applicant organisation its decision with its letter attached (ADR 0013, "Closing
// documents"). `closeSession` returns what the minutes print (members, conflicts, decisions).
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Actor, ApplicationAction } from "~/features/applications";
import { syncSupportsWithDecision } from "~/features/supports/index.server";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import {
  applications,
  committeeDecisions,
  committeeItems,
  committeeSessions,
  organizations,
} from "../../../db/schema";
import { moveApplication } from "./application-move.server";
import { closingDocumentsTask } from "./jobs/closing-documents-task";
import { canClose } from "./permissions";
import {
  conflictCounts,
  currentDecision,
  type DecisionOutcome,
  type DecisionView,
  listMembers,
  seatOf,
} from "./queries.server";
import { lockSession, refuseInState } from "./session-lock.server";
import { sessionTransition } from "./session-state";

const outcomeAction: Record<DecisionOutcome, ApplicationAction> = {
  accepted: "accept",
  refused: "refuse",
  postponed: "postpone",
};

/** What a closed session holds: the minutes' content. */
export type ClosedSession = {
  sessionId: string;
  closedAt: string;
  members: Awaited<ReturnType<typeof listMembers>>;
  conflicts: { itemId: string; count: number }[];
  decisions: {
    itemId: string;
    position: number;
    applicationId: string;
    number: string;
    organizationName: string;
    decision: DecisionView;
  }[];
};

export async function closeSession(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  sessionId: string;
  appUrl: string;
  requestId?: string;
}): Promise<ClosedSession> {
  const { db, actor } = options;
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!canClose(actor, await seatOf(tx, session.id, actor.id))) {
      refuse({ code: "not_member", message: "committees.refusal.notMember" });
    }
    const result = sessionTransition(session.state, "close_session", actor.role);
    if (!result.ok) refuseInState(session.state, "committees.refusal.notInSession");
    const items = await tx
      .select({
        id: committeeItems.id,
        position: committeeItems.position,
        requestedLevels: committeeItems.requestedLevels,
        applicationId: applications.id,
        status: applications.status,
        number: applications.number,
        organizationId: organizations.id,
        organizationName: organizations.name,
      })
      .from(committeeItems)
      .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(eq(committeeItems.sessionId, session.id))
      .orderBy(asc(committeeItems.position));
    const open = items.filter((item) => item.status === "scheduled");
    const decided: ClosedSession["decisions"] = [];
    const undecided: string[] = [];
    for (const item of open) {
      const decision = await currentDecision(tx, item.id);
      if (!decision) undecided.push(item.number ?? "");
      else {
        decided.push({
          itemId: item.id,
          position: item.position,
          applicationId: item.applicationId,
          number: item.number ?? "",
          organizationName: item.organizationName,
          decision,
        });
      }
    }
    if (undecided.length > 0) {
      refuse({
        code: "undecided_items",
        message: "committees.refusal.undecided",
        params: { count: undecided.length, numbers: undecided.join(", ") },
      });
    }
    const now = new Date();
    for (const entry of decided) {
      const item = open.find((candidate) => candidate.id === entry.itemId);
      if (!item) continue;
      await moveApplication(tx, {
        actor,
        applicationId: entry.applicationId,
        action: outcomeAction[entry.decision.outcome],
        reason: entry.decision.missing ?? entry.decision.applicantMessage ?? null,
        requestId: options.requestId,
      });
      await tx
        .update(committeeDecisions)
        .set({ finalAt: now })
        .where(
          and(eq(committeeDecisions.itemId, entry.itemId), isNull(committeeDecisions.finalAt)),
        );
      // Each granted level of an accepted decision becomes a support record (issue 15).
      if (entry.decision.outcome === "accepted") {
        await syncSupportsWithDecision(tx, entry.decision.id);
      }
    }
    await tx
      .update(committeeSessions)
      .set({
        status: "closed",
        statusChangedAt: now,
        updatedAt: now,
        closedAt: now,
        closedBy: actor.id,
      })
      .where(eq(committeeSessions.id, session.id));
    const members = await listMembers(tx, session.id);
    const conflicts = [...(await conflictCounts(tx, session.id))].map(([itemId, count]) => ({
      itemId,
      count,
    }));
    await options.jobs.enqueue(tx, closingDocumentsTask, {
      kind: "closing",
      sessionId: session.id,
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.closed",
      before: { status: session.state },
      after: {
        status: "closed",
        decisions: Object.fromEntries(decided.map((d) => [d.number, d.decision.outcome])),
        present: members.filter((m) => m.present).map((m) => m.userId),
      },
      requestId: options.requestId,
    });
    return {
      sessionId: session.id,
      closedAt: now.toISOString(),
      members,
      conflicts,
      decisions: decided,
    };
  });
}
