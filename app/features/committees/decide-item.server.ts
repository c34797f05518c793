// Records the decision on an item during the meeting (in session only; after closing: refused,
// 409, "the decisions are final", use an amendment). The decider is a member present without a
// conflict on the item, or an administrator; the item's quorum (members present and free of
// conflict, by side) must be met. Until the session closes the decision may be recorded again:
// it replaces the previous one (revision 0). Audited on the item.
import { and, eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { applications, committeeDecisions, committeeItems } from "../../../db/schema";
import type { DecisionInput } from "./committee.schema";
import { auditSummary, checkDecision, insertDecision } from "./decision-record.server";
import { canDecide } from "./permissions";
import { hasConflict, quorumMembers, seatOf } from "./queries.server";
import { quorumOf } from "./rules";
import { lockSession, refuseInState } from "./session-lock.server";
import { meetingOpen } from "./session-state";

export async function decideItem(options: {
  db: Database;
  actor: Actor;
  sessionId: string;
  itemId: string;
  input: DecisionInput;
  requestId?: string;
}): Promise<{ itemId: string }> {
  const { db, actor, itemId } = options;
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    const [item] = await tx
      .select({
        id: committeeItems.id,
        applicationId: committeeItems.applicationId,
        requestedLevels: committeeItems.requestedLevels,
        status: applications.status,
      })
      .from(committeeItems)
      .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
      .where(and(eq(committeeItems.id, itemId), eq(committeeItems.sessionId, session.id)));
    if (!item) return notFoundError(`committee item ${itemId}`);
    const conflicted = await hasConflict(tx, itemId, actor.id);
    if (conflicted) return notFoundError(`committee item ${itemId}`);
    if (!meetingOpen(session.state)) {
      refuseInState(session.state, "committees.refusal.notInSession");
    }
    const seat = await seatOf(tx, session.id, actor.id);
    if (!canDecide(actor, seat, conflicted)) {
      refuse({
        code: seat ? "not_present" : "not_member",
        message: seat ? "committees.refusal.notPresent" : "committees.refusal.notMember",
      });
    }
    if (item.status !== "scheduled") {
      refuse({ code: "not_scheduled", message: "committees.refusal.applicationState" });
    }
    const quorum = quorumOf(await quorumMembers(tx, session.id, itemId), session);
    if (!quorum.met) {
      refuse({
        code: "no_quorum",
        message: "committees.refusal.noQuorum",
        params: { funder: quorum.missingFunder, operator: quorum.missingOperator },
      });
    }
    const checked = await checkDecision(tx, {
      programId: session.programId,
      itemId,
      requestedLevels: item.requestedLevels,
      input: { ...options.input, amendmentReason: null },
    });
    const previous = await tx
      .delete(committeeDecisions)
      .where(and(eq(committeeDecisions.itemId, itemId), eq(committeeDecisions.revision, 0)))
      .returning({ outcome: committeeDecisions.outcome });
    await insertDecision(tx, {
      itemId,
      revision: 0,
      checked,
      decidedBy: actor.id,
      finalAt: null,
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_item",
      entityId: itemId,
      action: "committee_item.decided",
      before: previous[0] ? { outcome: previous[0].outcome } : null,
      after: { sessionId: session.id, ...auditSummary(checked) },
      requestId: options.requestId,
    });
    return { itemId };
  });
}
