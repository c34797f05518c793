// What the review inbox (/instruction) shows, read in a fixed number of queries whatever the
// number of rows: the page of rows (organisation, antenna, assignee, programme delay, levels and
// unread marker joined or selected in the same query), the counts per status (one grouped query),
// and the filters' choices (antennas, axes). Every read of applications goes through `inboxWhere`,
// so it stays inside the staff application scope and agrees with the export.

import { and, asc, eq, sql } from "drizzle-orm";
import { type ApplicationState, isApplicationState } from "~/features/applications";
import type { Executor } from "~/platform/db/types";
import {
  antennas,
  applications,
  organizations,
  programAxes,
  programs,
  user,
} from "../../../db/schema";
import { type AgeInState, ageInState } from "./inbox-age";
import { type InboxCounts, shapeStatusCounts } from "./inbox-counts";
import { inboxStatusCounts } from "./inbox-counts.server";
import {
  emptyInboxFilters,
  hasActiveFilters,
  type InboxLevel,
  inboxLevels,
  inboxRegions,
  type ParsedInbox,
} from "./inbox-filters";
import {
  INBOX_PAGE_SIZE,
  inboxAllStatusesHref,
  inboxClearHref,
  inboxExportHref,
  inboxPageLinks,
  inboxStatusHref,
} from "./inbox-links";
import {
  afterCursor,
  cursorOf,
  type InboxStaff,
  inboxOrder,
  inboxSortKey,
  inboxWhere,
  unreadCondition,
} from "./inbox-query.server";

export type InboxRow = {
  id: string;
  number: string;
  organizationName: string;
  departement: string | null;
  antennaName: string | null;
  levels: InboxLevel[];
  state: ApplicationState;
  age: AgeInState;
  /** The programme's delay before the warning (review_alert_days). */
  alertDays: number;
  assigneeName: string | null;
  flagged: boolean;
  unread: boolean;
};

export type InboxPageData = {
  rows: InboxRow[];
  counts: InboxCounts & { links: { all: string; byState: Record<string, string> } };
  parsed: ParsedInbox;
  /** Whether the staff user's scope holds no application at all (whatever the filters). */
  scopeEmpty: boolean;
  filtered: boolean;
  options: {
    antennas: { id: string; label: string }[];
    axes: { code: string; label: string }[];
    regions: readonly string[];
  };
  links: { next: string | null; first: string | null; clear: string; export: string };
};

/** The levels of an application, in the programme's order. */
function sortedLevels(kinds: readonly string[] | null): InboxLevel[] {
  return inboxLevels.filter((level) => kinds?.includes(level));
}

/** One page of the inbox for `staff`, as the query string asked (already parsed). */
export async function loadInboxPage(
  db: Executor,
  input: { staff: InboxStaff; parsed: ParsedInbox; now?: Date },
): Promise<InboxPageData> {
  const { staff, parsed } = input;
  const { filters, after } = parsed;
  const now = input.now ?? new Date();
  const where = inboxWhere(db, staff, filters);
  const sortKey = inboxSortKey(filters.sort);

  const rowsQuery = db
    .select({
      id: applications.id,
      number: applications.number,
      status: applications.status,
      submittedAt: applications.submittedAt,
      statusChangedAt: applications.statusChangedAt,
      flagged: applications.flaggedForReview,
      organizationName: organizations.name,
      departement: organizations.departement,
      antennaName: antennas.name,
      assigneeName: user.name,
      alertDays: programs.reviewAlertDays,
      levels: sql<
        string[] | null
      >`(select array_agg(l.kind) from application_levels l where l.application_id = ${applications.id})`,
      unread: sql<boolean>`(${unreadCondition(staff.id)})`,
      sortKey,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .innerJoin(programs, eq(programs.id, applications.programId))
    .leftJoin(antennas, eq(antennas.id, applications.antennaId))
    .leftJoin(user, eq(user.id, applications.assignedTo))
    .where(after ? and(where, afterCursor(filters.sort, after)) : where)
    .orderBy(...inboxOrder(filters.sort))
    .limit(INBOX_PAGE_SIZE + 1);

  const countsQuery = inboxStatusCounts(db, staff, filters);

  // The programmes' antennas (names are no secret; another queue's simply shows nothing).
  const antennasQuery = db
    .select({ id: antennas.id, name: antennas.name, programName: programs.name })
    .from(antennas)
    .innerJoin(programs, eq(programs.id, antennas.programId))
    .orderBy(asc(programs.name), asc(antennas.name));

  const axesQuery = db
    .selectDistinctOn([programAxes.code], { code: programAxes.code, label: programAxes.label })
    .from(programAxes)
    .orderBy(asc(programAxes.code), asc(programAxes.position));

  const [found, countRows, antennaRows, axisRows] = await Promise.all([
    rowsQuery,
    countsQuery,
    antennasQuery,
    axesQuery,
  ]);

  const page = found.slice(0, INBOX_PAGE_SIZE);
  const last = page.at(-1);
  const nextCursor = found.length > INBOX_PAGE_SIZE && last ? cursorOf(last) : null;
  const counts = shapeStatusCounts(countRows, filters.statuses);
  const filtered = hasActiveFilters(filters);
  // Only asked when nothing matches the filters: does the scope hold anything at all?
  let scopeEmpty = counts.total === 0;
  if (scopeEmpty && filtered) {
    const any = await db
      .select({ id: applications.id })
      .from(applications)
      .where(inboxWhere(db, staff, emptyInboxFilters))
      .limit(1);
    scopeEmpty = any.length === 0;
  }

  const multiplePrograms = new Set(antennaRows.map((row) => row.programName)).size > 1;
  const byState: Record<string, string> = {};
  for (const entry of counts.states) byState[entry.state] = inboxStatusHref(filters, entry.state);
  return {
    rows: page.flatMap((row) => {
      if (!isApplicationState(row.status) || row.number === null) return [];
      return [
        {
          id: row.id,
          number: row.number,
          organizationName: row.organizationName,
          departement: row.departement,
          antennaName: row.antennaName,
          levels: sortedLevels(row.levels),
          state: row.status,
          age: ageInState({
            status: row.status,
            statusChangedAt: row.statusChangedAt,
            alertDays: row.alertDays,
            now,
          }),
          alertDays: row.alertDays,
          assigneeName: row.assigneeName,
          flagged: row.flagged,
          unread: Boolean(row.unread),
        },
      ];
    }),
    counts: { ...counts, links: { all: inboxAllStatusesHref(filters), byState } },
    parsed,
    scopeEmpty,
    filtered,
    options: {
      antennas: antennaRows.map((row) => ({
        id: row.id,
        label: multiplePrograms ? `${row.name} (${row.programName})` : row.name,
      })),
      axes: axisRows,
      regions: inboxRegions,
    },
    links: {
      ...inboxPageLinks({ filters, after, nextCursor }),
      clear: inboxClearHref(filters),
      export: inboxExportHref(filters),
    },
  };
}
