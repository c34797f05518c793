// Marks an application ready for committee (in_review -> ready_for_committee) with the summary
// the committee reads. The actor must have scored it first (refusal "score_first"). One
// transaction: the move, its event and audit, the summary.
import { and, count, eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { applicationScores, applications } from "../../../db/schema";
import { moveApplication } from "./transition.server";

export async function markReady(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
  summary: string;
  requestId?: string;
}): Promise<void> {
  const { db, actor, applicationId } = options;
  await db.transaction(async (tx) => {
    await moveApplication(tx, {
      applicationId,
      action: "mark_ready",
      actor,
      requestId: options.requestId,
    });
    const [scored] = await tx
      .select({ n: count() })
      .from(applicationScores)
      .where(
        and(
          eq(applicationScores.applicationId, applicationId),
          eq(applicationScores.reviewerId, actor.id),
        ),
      );
    if (!scored || scored.n === 0) {
      refuse({ code: "score_first", message: "review.actions.ready.scoreFirst" });
    }
    await tx
      .update(applications)
      .set({ committeeSummary: options.summary })
      .where(eq(applications.id, applicationId));
  });
}
