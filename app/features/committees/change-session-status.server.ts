// Opens a session's pre-review (planned -> pre_review: its agenda holds an item and it has a
// member) or starts the meeting (pre_review -> in_session). The state machine says who may;
// closing has its own command (close-session.server.ts). Audited on the session. Opening the
// pre-review invites the members (the invitation e-mail with its .ics file, jobs/invitations.ts).
import { count, eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { committeeItems, committeeMembers, committeeSessions } from "../../../db/schema";
import { enqueueInvitations } from "./jobs/invitations-task";
import { lockSession, refuseInState } from "./session-lock.server";
import { sessionTransition } from "./session-state";

const auditNames = {
  open_pre_review: "committee_session.pre_review_opened",
  start_session: "committee_session.started",
} as const;

export async function changeSessionStatus(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  sessionId: string;
  action: "open_pre_review" | "start_session";
  requestId?: string;
}): Promise<void> {
  const { db, actor, action } = options;
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    const result = sessionTransition(session.state, action, actor.role);
    if (!result.ok) {
      if (result.reason === "role_not_allowed") {
        refuse({ code: "role_not_allowed", message: "committees.refusal.roleNotAllowed" });
      }
      refuseInState(session.state, "committees.refusal.wrongState");
    }
    if (action === "open_pre_review") {
      const [items] = await tx
        .select({ n: count() })
        .from(committeeItems)
        .where(eq(committeeItems.sessionId, session.id));
      if ((items?.n ?? 0) === 0) {
        refuse({ code: "empty_agenda", message: "committees.refusal.emptyAgenda" });
      }
      const [members] = await tx
        .select({ n: count() })
        .from(committeeMembers)
        .where(eq(committeeMembers.sessionId, session.id));
      if ((members?.n ?? 0) === 0) {
        refuse({ code: "no_members", message: "committees.refusal.noMembers" });
      }
    }
    const now = new Date();
    await tx
      .update(committeeSessions)
      .set({ status: result.to, statusChangedAt: now, updatedAt: now })
      .where(eq(committeeSessions.id, session.id));
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: auditNames[action],
      before: { status: session.state },
      after: { status: result.to },
      requestId: options.requestId,
    });
    if (action === "open_pre_review") {
      await enqueueInvitations(tx, options.jobs, { sessionId: session.id, change: "opened" });
    }
  });
}
