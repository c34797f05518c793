// Records who is present at the meeting (in session only): the members ticked are present,
// every other member absent. Audited on the session with the lists before and after.
import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { committeeMembers } from "../../../db/schema";
import { lockSession, refuseInState } from "./session-lock.server";
import { meetingOpen } from "./session-state";

export async function recordPresence(options: {
  db: Database;
  actor: Actor;
  sessionId: string;
  present: readonly string[];
  requestId?: string;
}): Promise<{ present: number }> {
  const { db, actor } = options;
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!meetingOpen(session.state)) {
      refuseInState(session.state, "committees.refusal.notInSession");
    }
    const members = await tx
      .select({ userId: committeeMembers.userId, present: committeeMembers.present })
      .from(committeeMembers)
      .where(eq(committeeMembers.sessionId, session.id));
    const ids = new Set(members.map((member) => member.userId));
    const present = [...new Set(options.present)];
    if (present.some((id) => !ids.has(id))) {
      refuse({ code: "unknown_member", message: "committees.presence.error.unknownMember" });
    }
    const now = new Date();
    const ofSession = eq(committeeMembers.sessionId, session.id);
    await tx
      .update(committeeMembers)
      .set({ present: false, presenceRecordedAt: now })
      .where(ofSession);
    if (present.length > 0) {
      await tx
        .update(committeeMembers)
        .set({ present: true, presenceRecordedAt: now })
        .where(and(ofSession, inArray(committeeMembers.userId, present)));
    }
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.presence_recorded",
      before: { present: members.filter((m) => m.present).map((m) => m.userId) },
      after: { present },
      requestId: options.requestId,
    });
    return { present: present.length };
  });
}
