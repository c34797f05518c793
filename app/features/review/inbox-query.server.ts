// The SQL of the review inbox's filters, sort and keyset pagination: one `where` for the list,
// its counts and its export (so they always agree), always inside the staff application scope.
// Every condition is on an indexed column of applications or on a small joined table
// (organizations, application_levels by primary key); sorts walk an index of applications.
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, type SQL, sql } from "drizzle-orm";
import { staffApplicationScope } from "~/features/applications/index.server";
import type { Role } from "~/features/auth";
import type { Executor } from "~/platform/db/types";
import {
  applicationLevels,
  applicationReadMarkers,
  applications,
  organizations,
} from "../../../db/schema";
import {
  classifyQuery,
  departementsOfRegion,
  type InboxCursor,
  type InboxFilters,
  type InboxSort,
} from "./inbox-filters";

export type InboxStaff = { id: string; role: Role };

/** `%` and `_` match themselves in a LIKE pattern. */
function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The start of a Paris calendar day, as an instant. */
function parisDayStart(date: string): SQL {
  return sql`(${date}::date::timestamp at time zone 'Europe/Paris')`;
}

/** The condition of the search box. */
function queryCondition(query: string): SQL | undefined {
  const classified = classifyQuery(query);
  switch (classified.kind) {
    case "number":
      return eq(applications.number, classified.value);
    case "numberSuffix":
      return sql`${applications.number} like ${`%-${classified.value}`}`;
    case "siren":
      return eq(organizations.siren, classified.value);
    case "siret":
      return eq(organizations.siret, classified.value);
    case "name":
      return sql`${organizations.name} ilike ${`%${likeEscape(classified.value)}%`} escape '\\'`;
  }
}

/** Applications whose applicant wrote after this user last opened the file. */
export function unreadCondition(userId: string): SQL {
  return sql`${applications.lastApplicantActivityAt} is not null and not exists (
    select 1 from ${applicationReadMarkers}
    where ${applicationReadMarkers.applicationId} = ${applications.id}
      and ${applicationReadMarkers.userId} = ${userId}
      and ${applicationReadMarkers.readAt} >= ${applications.lastApplicantActivityAt})`;
}

/**
 * The `where` of the inbox for `staff` and `filters`. The query must join organizations on
 * `applications.organization_id` when `inboxNeedsOrganizations(filters)` (name, SIREN, SIRET,
 * département and région filters); joining it always is correct too.
 */
export function inboxWhere(db: Executor, staff: InboxStaff, filters: InboxFilters): SQL {
  // Submitted ones only: a draft withdrawn before submission has left "draft" but has no
  // number nor submission date, and was never staff's (ADR 0008).
  const conditions: (SQL | undefined)[] = [
    staffApplicationScope(db, staff),
    isNotNull(applications.submittedAt),
  ];
  if (filters.statuses.length > 0) {
    conditions.push(
      sql`${applications.status} in (${sql.join(
        filters.statuses.map((status) => sql`${status}`),
        sql`, `,
      )})`,
    );
  }
  if (filters.level) {
    conditions.push(
      sql`exists (select 1 from ${applicationLevels} where ${applicationLevels.applicationId} = ${applications.id} and ${applicationLevels.kind} = ${filters.level})`,
    );
  }
  if (filters.antenna === "none") conditions.push(isNull(applications.antennaId));
  else if (filters.antenna) conditions.push(eq(applications.antennaId, filters.antenna));
  if (filters.departement) conditions.push(eq(organizations.departement, filters.departement));
  // The région of the organisation's département (the stored région name may lag behind it).
  if (filters.region) {
    const codes = departementsOfRegion(filters.region);
    conditions.push(
      codes.length > 0
        ? sql`${organizations.departement} in (${sql.join(
            codes.map((code) => sql`${code}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  if (filters.axis) {
    conditions.push(sql`jsonb_exists(${applications.data} #> '{steps,2,axes}', ${filters.axis})`);
  }
  if (filters.submittedFrom) {
    conditions.push(gte(applications.submittedAt, parisDayStart(filters.submittedFrom)));
  }
  if (filters.submittedTo) {
    conditions.push(
      lt(applications.submittedAt, sql`(${parisDayStart(filters.submittedTo)} + interval '1 day')`),
    );
  }
  if (filters.mine) conditions.push(eq(applications.assignedTo, staff.id));
  if (filters.flagged) conditions.push(eq(applications.flaggedForReview, true));
  if (filters.unread) conditions.push(unreadCondition(staff.id));
  if (filters.query) conditions.push(queryCondition(filters.query));
  return and(...conditions) ?? sql`true`;
}

/**
 * Whether the filters read the organisation (département, région, name, SIREN, SIRET). A query
 * may leave the join to organizations out when they do not: every application has one, so the
 * rows are the same, and a count over the whole scope then reads applications only.
 */
export function inboxNeedsOrganizations(filters: InboxFilters): boolean {
  if (filters.departement || filters.region) return true;
  if (!filters.query) return false;
  const kind = classifyQuery(filters.query).kind;
  return kind === "siren" || kind === "siret" || kind === "name";
}

/** The column each sort walks, and its direction. */
const sortKeys = {
  recent: { column: applications.submittedAt, direction: "desc" },
  oldest: { column: applications.submittedAt, direction: "asc" },
  waiting: { column: applications.statusChangedAt, direction: "asc" },
  number: { column: applications.number, direction: "asc" },
} as const;

/** The `order by` of a sort: its key, then the id so that the order is total. */
export function inboxOrder(sort: InboxSort): SQL[] {
  const { column, direction } = sortKeys[sort];
  return direction === "desc"
    ? [desc(column), desc(applications.id)]
    : [asc(column), asc(applications.id)];
}

/** The rows after `cursor` in the order of `sort` (keyset pagination). */
export function afterCursor(sort: InboxSort, cursor: InboxCursor): SQL {
  const { column, direction } = sortKeys[sort];
  const key = sort === "number" ? sql`${cursor.key}` : sql`${cursor.key}::timestamptz`;
  return direction === "desc"
    ? sql`(${column}, ${applications.id}) < (${key}, ${cursor.id}::uuid)`
    : sql`(${column}, ${applications.id}) > (${key}, ${cursor.id}::uuid)`;
}

/**
 * The sort key of a row as text, to select with the rows: instants in UTC to the microsecond
 * (PostgreSQL's precision; a JavaScript Date keeps milliseconds only, and a cursor rounded to
 * them would show again the rows of the same millisecond).
 */
export function inboxSortKey(sort: InboxSort): SQL<string> {
  if (sort === "number") return sql<string>`coalesce(${applications.number}, '')`;
  const column = sortKeys[sort].column;
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * The cursor that points after `row`, whose `sortKey` was selected with `inboxSortKey(sort)`:
 * the database's own text of the key (timestamps to the microsecond, which a JavaScript Date
 * would round to the millisecond, repeating or skipping rows).
 */
export function cursorOf(row: { id: string; sortKey: string }): InboxCursor {
  return { key: row.sortKey, id: row.id };
}

/** Conditions the sort key needs (numbers and submission dates exist once submitted). */
export function sortKeyPresent(sort: InboxSort): SQL | undefined {
  if (sort === "number") return isNotNull(applications.number);
  if (sort === "recent" || sort === "oldest") return isNotNull(applications.submittedAt);
  return undefined;
}
