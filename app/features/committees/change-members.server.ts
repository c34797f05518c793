// Adds a committee member account to a session (funder or operator side) or removes one, while
// the members may change (planned, pre-review). Audited on the session. A member who already
// scored or declared a conflict keeps that history: removing them is refused. During the
// pre-review, a member added gets the invitation and a member removed its cancellation (ADR 0013
// "Invitations").
import { and, eq, sql } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import {
  committeeConflicts,
  committeeItems,
  committeeMembers,
  committeeScores,
  user,
} from "../../../db/schema";
import { enqueueInvitations } from "./jobs/invitations-task";
import { q } from "./queries.server";
import type { MemberSide } from "./rules";
import { lockSession, refuseInState } from "./session-lock.server";
import { membersEditable } from "./session-state";
import type { CommandActor } from "./system-actor";

export async function addMember(options: {
  db: Database;
  jobs: JobQueue;
  actor: CommandActor;
  sessionId: string;
  userId: string;
  side: MemberSide;
  requestId?: string;
}): Promise<void> {
  const { db, actor } = options;
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!membersEditable(session.state)) {
      refuseInState(session.state, "committees.refusal.membersLocked");
    }
    const [account] = await tx
      .select({ id: user.id, role: user.role })
      .from(user)
      .where(eq(user.id, options.userId));
    if (account?.role !== "committee_member") {
      refuse({
        code: "not_a_committee_member",
        message: "committees.members.error.notCommitteeMember",
        field: "userId",
      });
    }
    const inserted = await tx
      .insert(committeeMembers)
      .values({ sessionId: session.id, userId: options.userId, side: options.side })
      .onConflictDoNothing()
      .returning({ userId: committeeMembers.userId });
    if (inserted.length === 0) {
      refuse({
        code: "already_member",
        message: "committees.members.error.alreadyMember",
        field: "userId",
      });
    }
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.member_added",
      after: { userId: options.userId, side: options.side },
      requestId: options.requestId,
    });
    if (session.state === "pre_review") {
      await enqueueInvitations(tx, options.jobs, {
        sessionId: session.id,
        change: "member_added",
        userId: options.userId,
      });
    }
  });
}

export async function removeMember(options: {
  db: Database;
  jobs: JobQueue;
  actor: CommandActor;
  sessionId: string;
  userId: string;
  requestId?: string;
}): Promise<void> {
  const { db, actor } = options;
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!membersEditable(session.state)) {
      refuseInState(session.state, "committees.refusal.membersLocked");
    }
    const [took] = await tx
      .select({
        n: sql<number>`(select count(*)::int from ${committeeScores} inner join ${committeeItems} on ${q(committeeItems.id)} = ${q(committeeScores.itemId)} where ${q(committeeItems.sessionId)} = ${session.id} and ${q(committeeScores.memberId)} = ${options.userId}) + (select count(*)::int from ${committeeConflicts} inner join ${committeeItems} on ${q(committeeItems.id)} = ${q(committeeConflicts.itemId)} where ${q(committeeItems.sessionId)} = ${session.id} and ${q(committeeConflicts.userId)} = ${options.userId})`,
      })
      .from(sql`(select 1) as one`);
    if ((took?.n ?? 0) > 0) {
      refuse({ code: "member_took_part", message: "committees.members.error.tookPart" });
    }
    const removed = await tx
      .delete(committeeMembers)
      .where(
        and(
          eq(committeeMembers.sessionId, session.id),
          eq(committeeMembers.userId, options.userId),
        ),
      )
      .returning({ side: committeeMembers.side });
    if (removed.length === 0) {
      refuse({ code: "not_member", message: "committees.members.error.notMember" });
    }
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: session.id,
      action: "committee_session.member_removed",
      before: { userId: options.userId, side: removed[0]?.side },
      requestId: options.requestId,
    });
    if (session.state === "pre_review") {
      await enqueueInvitations(tx, options.jobs, {
        sessionId: session.id,
        change: "member_removed",
        userId: options.userId,
      });
    }
  });
}
