// A member declares a conflict of interest on an item (until the session closes): from then on
// the reads filter the item out for them (itemScope), their pre-review scores of it are removed,
// and they take no part in its decision nor count in its quorum. It cannot be taken back.
// Audited on the item.
import { and, eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { committeeConflicts, committeeScores } from "../../../db/schema";
import { canTakePart } from "./permissions";
import { seatOf } from "./queries.server";
import { lockSession, refuseInState } from "./session-lock.server";
import { conflictsOpen } from "./session-state";

export async function declareConflict(options: {
  db: Database;
  actor: Actor;
  sessionId: string;
  itemId: string;
  requestId?: string;
}): Promise<void> {
  const { db, actor, itemId } = options;
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!canTakePart(actor, await seatOf(tx, session.id, actor.id))) {
      refuse({ code: "not_member", message: "committees.refusal.notMember" });
    }
    if (!conflictsOpen(session.state)) {
      refuseInState(session.state, "committees.refusal.wrongState");
    }
    const inserted = await tx
      .insert(committeeConflicts)
      .values({ itemId, userId: actor.id })
      .onConflictDoNothing()
      .returning({ itemId: committeeConflicts.itemId });
    if (inserted.length === 0) return;
    const removed = await tx
      .delete(committeeScores)
      .where(and(eq(committeeScores.itemId, itemId), eq(committeeScores.memberId, actor.id)))
      .returning({ criterionId: committeeScores.criterionId });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_item",
      entityId: itemId,
      action: "committee_item.conflict_declared",
      after: { sessionId: session.id, userId: actor.id, scoresRemoved: removed.length },
      requestId: options.requestId,
    });
  });
}
