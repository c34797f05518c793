// Opening an application's file marks it read for this staff user (the inbox's "non lu" compares
// application_read_markers.read_at with applications.last_applicant_activity_at).
import { sql } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { applicationReadMarkers } from "../../../db/schema";

/** Upserts the read marker of (user, application) at the database's now(). */
export async function markFileRead(
  db: Executor,
  input: { userId: string; applicationId: string },
): Promise<void> {
  await db
    .insert(applicationReadMarkers)
    .values({ userId: input.userId, applicationId: input.applicationId, readAt: sql`now()` })
    .onConflictDoUpdate({
      target: [applicationReadMarkers.userId, applicationReadMarkers.applicationId],
      set: { readAt: sql`now()` },
    });
}
