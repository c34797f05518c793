// Which item of a closed session decided on an application (its decision letter's source): kept
// apart from the documents' rendering (closing-documents.server.ts) so that the application page,
// which only asks whether a letter exists, does not reach the PDFs' messages.
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import {
  applications,
  committeeDecisions,
  committeeItems,
  committeeSessions,
  organizations,
} from "../../../db/schema";

export type ItemRow = {
  itemId: string;
  position: number;
  requestedLevels: unknown;
  applicationId: string;
  number: string;
  organizationId: string;
  organizationName: string;
  addressLine: string | null;
  postcode: string | null;
  commune: string | null;
};

export const itemColumns = {
  itemId: committeeItems.id,
  position: committeeItems.position,
  requestedLevels: committeeItems.requestedLevels,
  applicationId: applications.id,
  number: sql<string>`coalesce(${applications.number}, '')`,
  organizationId: organizations.id,
  organizationName: organizations.name,
  addressLine: organizations.addressLine,
  postcode: organizations.postcode,
  commune: organizations.commune,
};

/** The application's last item of a closed session with a final decision, or null. */
export async function decidedItemOf(db: Executor, applicationId: string) {
  const [row] = await db
    .select({ ...itemColumns, sessionId: committeeSessions.id })
    .from(committeeItems)
    .innerJoin(committeeSessions, eq(committeeSessions.id, committeeItems.sessionId))
    .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        eq(committeeItems.applicationId, applicationId),
        eq(committeeSessions.status, "closed"),
        sql`exists (select 1 from ${committeeDecisions} where ${committeeDecisions.itemId} = ${committeeItems.id} and ${committeeDecisions.finalAt} is not null)`,
      ),
    )
    .orderBy(desc(committeeSessions.startsAt))
    .limit(1);
  return row ?? null;
}

/** Whether the application has a decision letter to download (its committee closed). */
export async function hasDecisionLetter(db: Executor, applicationId: string): Promise<boolean> {
  return (await decidedItemOf(db, applicationId)) !== null;
}
