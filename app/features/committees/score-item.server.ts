// A member's pre-review scores of an item on the programme's grid (pre-review only), every
// criterion at once (re-scoring replaces them). The caller found the item in the member's scope
// (no conflict declared: itemScope); the grid is read again so that a stale form cannot store a
// criterion the programme removed. Audited on the item.
import { sql } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import type { ScoreInput } from "~/features/review";
import { isValidScore, SCORE_COMMENT_MAX_LENGTH, scoreField } from "~/features/review";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { committeeScores } from "../../../db/schema";
import { canTakePart } from "./permissions";
import { committeeGrid, hasConflict, seatOf } from "./queries.server";
import { lockSession, refuseInState } from "./session-lock.server";
import { scoringOpen } from "./session-state";

export async function scoreItem(options: {
  db: Database;
  actor: Actor;
  sessionId: string;
  itemId: string;
  scores: ScoreInput;
  requestId?: string;
}): Promise<void> {
  const { db, actor, itemId } = options;
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    if (!canTakePart(actor, await seatOf(tx, session.id, actor.id))) {
      refuse({ code: "not_member", message: "committees.refusal.notMember" });
    }
    if (await hasConflict(tx, itemId, actor.id)) {
      refuse({ code: "conflicted", message: "committees.refusal.conflicted" });
    }
    if (!scoringOpen(session.state)) {
      refuseInState(session.state, "committees.refusal.scoringClosed");
    }
    const grid = await committeeGrid(tx, session.programId);
    if (grid.length === 0) refuse({ code: "no_grid", message: "committees.score.noGrid" });
    const posted = new Map(options.scores.map((s) => [s.criterionId, s]));
    const rows = grid.map((criterion) => {
      const score = posted.get(criterion.id);
      if (!score || !isValidScore(score.score) || score.comment.length > SCORE_COMMENT_MAX_LENGTH) {
        return refuse({
          code: "invalid_score",
          message: "committees.score.error.range",
          field: scoreField(criterion.id),
          params: { criterion: criterion.label },
        });
      }
      return { criterionId: criterion.id, score: score.score, comment: score.comment };
    });
    const now = new Date();
    await tx
      .insert(committeeScores)
      .values(rows.map((row) => ({ ...row, itemId, memberId: actor.id, submittedAt: now })))
      .onConflictDoUpdate({
        target: [committeeScores.itemId, committeeScores.memberId, committeeScores.criterionId],
        set: { score: sql`excluded.score`, comment: sql`excluded.comment`, submittedAt: now },
      });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_item",
      entityId: itemId,
      action: "committee_item.scored",
      after: { scores: Object.fromEntries(rows.map((r) => [r.criterionId, r.score])) },
      requestId: options.requestId,
    });
  });
}
