// Takes a submitted application into review (submitted -> in_review); the file is assigned to
// the actor when nobody is assigned yet. One transaction: the move, its event and audit, the
// assignment.
import { and, eq, isNull } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import type { Database } from "~/platform/db/types";
import { applications } from "../../../db/schema";
import { moveApplication } from "./transition.server";

export async function startReview(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
  requestId?: string;
}): Promise<{ assignedToActor: boolean }> {
  const { db, actor, applicationId } = options;
  return db.transaction(async (tx) => {
    await moveApplication(tx, {
      applicationId,
      action: "start_review",
      actor,
      requestId: options.requestId,
    });
    const assigned = await tx
      .update(applications)
      .set({ assignedTo: actor.id })
      .where(and(eq(applications.id, applicationId), isNull(applications.assignedTo)))
      .returning({ id: applications.id });
    return { assignedToActor: assigned.length > 0 };
  });
}
