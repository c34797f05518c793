// Records one reviewer's scores on the programme's grid (upsert per criterion, so re-scoring
// replaces them) while the application is in review; audited as application.scored. The form
// has checked each value; the grid is read again here so that a stale form cannot store a score
// of a criterion the programme removed.
import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { applicationScores, applications } from "../../../db/schema";
import { programGrid } from "./action-queries.server";
import { type ScoreInput, scoreField } from "./actions.form";
import { isValidScore, SCORE_COMMENT_MAX_LENGTH, weightedScore } from "./scoring";

export async function scoreApplication(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
  scores: ScoreInput;
  requestId?: string;
}): Promise<{ weighted: number | null }> {
  const { db, actor, applicationId } = options;
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select({ status: applications.status, programId: applications.programId })
      .from(applications)
      .where(eq(applications.id, applicationId))
      .for("update");
    if (!application) return notFoundError(`application ${applicationId}`);
    if (application.status !== "in_review") {
      return refuse({ code: "not_in_review", message: "review.actions.score.notInReview" });
    }
    const grid = await programGrid(tx, application.programId);
    const posted = new Map(options.scores.map((s) => [s.criterionId, s]));
    const rows = grid.map((criterion) => {
      const score = posted.get(criterion.id);
      if (!score || !isValidScore(score.score) || score.comment.length > SCORE_COMMENT_MAX_LENGTH) {
        return refuse({
          code: "invalid_score",
          message: "review.actions.score.error.range",
          field: scoreField(criterion.id),
          params: { criterion: criterion.label },
        });
      }
      return { criterionId: criterion.id, score: score.score, comment: score.comment };
    });
    if (rows.length === 0)
      return refuse({ code: "no_grid", message: "review.actions.score.noGrid" });
    const before = await tx
      .select({ criterionId: applicationScores.criterionId, score: applicationScores.score })
      .from(applicationScores)
      .where(
        and(
          eq(applicationScores.applicationId, applicationId),
          eq(applicationScores.reviewerId, actor.id),
        ),
      );
    const now = new Date();
    await tx
      .insert(applicationScores)
      .values(rows.map((row) => ({ ...row, applicationId, reviewerId: actor.id, updatedAt: now })))
      .onConflictDoUpdate({
        target: [
          applicationScores.applicationId,
          applicationScores.reviewerId,
          applicationScores.criterionId,
        ],
        set: {
          score: sql`excluded.score`,
          comment: sql`excluded.comment`,
          updatedAt: now,
        },
      });
    const weighted = weightedScore(grid, rows);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.scored",
      before:
        before.length > 0
          ? { scores: Object.fromEntries(before.map((b) => [b.criterionId, b.score])) }
          : null,
      after: { scores: Object.fromEntries(rows.map((r) => [r.criterionId, r.score])), weighted },
      requestId: options.requestId,
    });
    return { weighted };
  });
}
