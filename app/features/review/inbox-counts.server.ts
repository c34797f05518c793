// The inbox's counts per status. Without a filter that narrows them (other than the status
// itself and the antenna), they are read from `application_status_counts`, which a database
// trigger keeps (migration 0007): a few rows whatever the number of applications. With such a
// filter they are counted live, with the same `where` as the list.
import { and, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import { staffReachOf } from "~/features/organizations";
import type { Executor } from "~/platform/db/types";
import {
  applicationStatusCounts,
  applications,
  organizations,
  staffScopes,
} from "../../../db/schema";
import type { InboxFilters } from "./inbox-filters";
import { type InboxStaff, inboxNeedsOrganizations, inboxWhere } from "./inbox-query.server";

export type StatusCountRow = { status: string; count: number | string };

/** True when the stored counts answer these filters (status and antenna only). */
export function storedCountsAnswer(filters: InboxFilters): boolean {
  return (
    filters.level === null &&
    filters.departement === null &&
    filters.region === null &&
    filters.axis === null &&
    filters.submittedFrom === null &&
    filters.submittedTo === null &&
    !filters.mine &&
    !filters.flagged &&
    !filters.unread &&
    filters.query === null
  );
}

/** The counts per status for the filters (their status filter aside), in the staff's scope. */
export async function inboxStatusCounts(
  db: Executor,
  staff: InboxStaff,
  filters: InboxFilters,
): Promise<StatusCountRow[]> {
  const countFilters = { ...filters, statuses: [] };
  if (storedCountsAnswer(countFilters)) {
    const reach = staffReachOf(staff.role);
    if (reach === "none") return [];
    const conditions: SQL[] = [];
    if (reach === "antennas") {
      const mine = db
        .select({ key: sql<string>`${staffScopes.antennaId}::text` })
        .from(staffScopes)
        .where(and(eq(staffScopes.userId, staff.id), isNotNull(staffScopes.antennaId)));
      conditions.push(inArray(applicationStatusCounts.antennaKey, mine));
    }
    if (filters.antenna !== null) {
      conditions.push(
        eq(applicationStatusCounts.antennaKey, filters.antenna === "none" ? "" : filters.antenna),
      );
    }
    return db
      .select({
        status: applicationStatusCounts.status,
        count: sql<string>`sum(${applicationStatusCounts.count})`,
      })
      .from(applicationStatusCounts)
      .where(and(...conditions))
      .groupBy(applicationStatusCounts.status);
  }
  const from = db
    .select({ status: applications.status, count: sql<string>`count(*)` })
    .from(applications);
  return (
    inboxNeedsOrganizations(countFilters)
      ? from.innerJoin(organizations, eq(organizations.id, applications.organizationId))
      : from
  )
    .where(inboxWhere(db, staff, countFilters))
    .groupBy(applications.status);
}
