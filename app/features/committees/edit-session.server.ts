// Changes a session's date and time (Paris), place, video link and quorum while it is being
// prepared (planned or pre-review), audited as committee_session.updated with the values before
// and after. Once the meeting has started, or the session is closed, it is refused (409). During
// the pre-review, a new date, place or video link sends every member the updated invitation
// (jobs/invitations.ts); `invitationsResent` says so, for the page's notice.
import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { committeeSessions } from "../../../db/schema";
import type { SessionChangeInput } from "./committee.schema";
import { sessionStartsAt } from "./create-session.server";
import { enqueueInvitations } from "./jobs/invitations-task";
import { lockSession } from "./session-lock.server";
import { sessionDetailsEditable } from "./session-state";
import type { CommandActor } from "./system-actor";

/** What the edit changes, as the audit trail records it. */
function recorded(session: {
  startsAt: Date;
  place: string | null;
  videoUrl: string | null;
  minFunderPresent: number;
  minOperatorPresent: number;
}) {
  return {
    startsAt: session.startsAt.toISOString(),
    place: session.place,
    videoUrl: session.videoUrl,
    quorum: { funder: session.minFunderPresent, operator: session.minOperatorPresent },
  };
}

export async function editSession(options: {
  db: Database;
  jobs: JobQueue;
  actor: CommandActor;
  sessionId: string;
  input: SessionChangeInput;
  requestId?: string;
}): Promise<{ id: string; dateChanged: boolean; invitationsResent: boolean }> {
  const { db, actor, input } = options;
  const startsAt = sessionStartsAt(input);
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!sessionDetailsEditable(session.state)) {
      return refuse({
        code: session.state === "closed" ? "session_closed" : "meeting_started",
        message:
          session.state === "closed"
            ? "committees.edit.error.closed"
            : "committees.edit.error.started",
      });
    }
    const changed = {
      startsAt,
      place: input.place,
      videoUrl: input.videoUrl,
      minFunderPresent: input.minFunderPresent,
      minOperatorPresent: input.minOperatorPresent,
    };
    await tx
      .update(committeeSessions)
      .set({ ...changed, updatedAt: new Date() })
      .where(eq(committeeSessions.id, session.id));
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.updated",
      before: recorded(session),
      after: recorded(changed),
      requestId: options.requestId,
    });
    const dateChanged = session.startsAt.getTime() !== startsAt.getTime();
    const invitationsResent =
      session.state === "pre_review" &&
      (dateChanged || session.place !== input.place || session.videoUrl !== input.videoUrl);
    if (invitationsResent) {
      await enqueueInvitations(tx, options.jobs, { sessionId: session.id, change: "changed" });
    }
    return { id: session.id, dateChanged, invitationsResent };
  });
}
