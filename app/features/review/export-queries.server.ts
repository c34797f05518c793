// Reads of the inbox's exports. An export is its owner's only: every read names the user in
// its `where`. The rows of a file are the inbox's own query (inboxWhere + inboxOrder, walked by
// keyset), so the file holds the rows of the screen.
import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import {
  antennas,
  applicationLevels,
  applications,
  exports,
  organizations,
  programAxes,
  user,
  userPreferences,
} from "../../../db/schema";
import {
  EXPORT_COLUMNS_PREFERENCE,
  type ExportColumnId,
  type ExportFormat,
  type ExportRow,
  isExportFormat,
  orderColumns,
  savedColumns,
} from "./export-columns";
import type { InboxCursor, InboxFilters } from "./inbox-filters";
import {
  afterCursor,
  cursorOf,
  type InboxStaff,
  inboxOrder,
  inboxSortKey,
  inboxWhere,
  sortKeyPresent,
} from "./inbox-query.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The export statuses. */
export const exportStatuses = ["pending", "running", "done", "failed"] as const;
export type ExportStatus = (typeof exportStatuses)[number];

function inboxConditions(db: Executor, staff: InboxStaff, filters: InboxFilters): SQL {
  return and(inboxWhere(db, staff, filters), sortKeyPresent(filters.sort)) ?? sql`true`;
}

/** How many applications the inbox shows for these filters (every page together). */
export async function countInboxRows(
  db: Executor,
  staff: InboxStaff,
  filters: InboxFilters,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(inboxConditions(db, staff, filters));
  return row?.total ?? 0;
}

/** The column choice the user saved (the default one when none). */
export async function loadExportColumns(db: Executor, userId: string): Promise<ExportColumnId[]> {
  const [row] = await db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(
      and(eq(userPreferences.userId, userId), eq(userPreferences.key, EXPORT_COLUMNS_PREFERENCE)),
    );
  return savedColumns(row?.value);
}

/** A level as the batch query aggregates it: [kind, total cost, programme share]. */
type LevelTuple = [string, number | null, number | null];

function levelsOfJson(value: unknown): ExportRow["levels"][number][] {
  if (!Array.isArray(value)) return [];
  return (value as LevelTuple[]).map(([kind, totalCostCents, programmeShareCents]) => ({
    kind,
    totalCostCents,
    programmeShareCents,
  }));
}

/**
 * One batch of the file's rows after `after` (null: from the start), in the inbox's order, in
 * one query: each row's levels come with it (an index lookup of application_levels' primary key
 * per row, aggregated as JSON, amounts as JSON numbers: whole cents, exact below 2^53).
 */
export async function readInboxBatch(
  db: Executor,
  input: {
    staff: InboxStaff;
    filters: InboxFilters;
    after: InboxCursor | null;
    limit: number;
    axisLabels: ReadonlyMap<string, string>;
  },
): Promise<{ rows: ExportRow[]; next: InboxCursor | null }> {
  const { filters } = input;
  const assignee = sql`(select ${user.name} from ${user} where ${user.id} = ${applications.assignedTo})`;
  const levels = sql`(select json_agg(json_build_array(${applicationLevels.kind}, ${applicationLevels.totalCostCents}, ${applicationLevels.programmeShareCents}) order by ${applicationLevels.kind}) from ${applicationLevels} where ${applicationLevels.applicationId} = ${applications.id})`;
  const rows = await db
    .select({
      id: applications.id,
      programId: applications.programId,
      number: applications.number,
      status: applications.status,
      submittedAt: applications.submittedAt,
      statusChangedAt: applications.statusChangedAt,
      // The exact key of the sort (microseconds), for the next batch's cursor.
      sortKey: inboxSortKey(filters.sort),
      organizationName: organizations.name,
      siren: organizations.siren,
      siret: organizations.siret,
      departement: organizations.departement,
      region: organizations.region,
      antennaName: antennas.name,
      assignedToName: sql<string | null>`${assignee}`,
      flagged: applications.flaggedForReview,
      axes: sql<unknown>`${applications.data} #> '{steps,2,axes}'`,
      levels: sql<unknown>`${levels}`,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .leftJoin(antennas, eq(antennas.id, applications.antennaId))
    .where(
      and(
        inboxConditions(db, input.staff, filters),
        input.after ? afterCursor(filters.sort, input.after) : undefined,
      ),
    )
    .orderBy(...inboxOrder(filters.sort))
    .limit(input.limit);
  const last = rows.at(-1);
  const axisLabel = (programId: string, code: string) =>
    input.axisLabels.get(`${programId}:${code}`) ?? code;
  return {
    // Built field by field (not by rest and spread): this runs for every row of the file.
    rows: rows.map(
      (row): ExportRow => ({
        id: row.id,
        number: row.number,
        status: row.status,
        submittedAt: row.submittedAt,
        statusChangedAt: row.statusChangedAt,
        organizationName: row.organizationName,
        siren: row.siren,
        siret: row.siret,
        departement: row.departement,
        region: row.region,
        antennaName: row.antennaName,
        assignedToName: row.assignedToName,
        flagged: row.flagged,
        levels: levelsOfJson(row.levels),
        axes: Array.isArray(row.axes)
          ? row.axes
              .filter((code): code is string => typeof code === "string")
              .map((code) => axisLabel(row.programId, code))
          : [],
      }),
    ),
    next: last && rows.length === input.limit ? cursorOf(last) : null,
  };
}

/** Every programme's axis labels, by "programId:code" (a small table). */
export async function loadAxisLabels(db: Executor): Promise<Map<string, string>> {
  const rows = await db
    .select({ programId: programAxes.programId, code: programAxes.code, label: programAxes.label })
    .from(programAxes);
  return new Map(rows.map((row) => [`${row.programId}:${row.code}`, row.label]));
}

export type ExportRecord = {
  id: string;
  format: ExportFormat;
  columns: ExportColumnId[];
  status: ExportStatus;
  totalRows: number | null;
  writtenRows: number;
  sizeBytes: number | null;
  storageKey: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

function toRecord(row: typeof exports.$inferSelect): ExportRecord {
  return {
    id: row.id,
    format: isExportFormat(row.format) ? row.format : "csv",
    columns: orderColumns(row.columns),
    status: (exportStatuses as readonly string[]).includes(row.status)
      ? (row.status as ExportStatus)
      : "failed",
    totalRows: row.totalRows,
    writtenRows: row.writtenRows,
    sizeBytes: row.sizeBytes,
    storageKey: row.storageKey,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/** The export `id` of `userId`, or null (not a uuid, not theirs, not there). */
export async function findOwnExport(
  db: Executor,
  userId: string,
  id: string | undefined,
): Promise<ExportRecord | null> {
  if (id === undefined || !UUID.test(id)) return null;
  const [row] = await db
    .select()
    .from(exports)
    .where(and(eq(exports.id, id), eq(exports.userId, userId), eq(exports.kind, "review_inbox")));
  return row ? toRecord(row) : null;
}

/** The user's most recent exports, newest first. */
export async function listOwnExports(
  db: Executor,
  userId: string,
  limit = 20,
): Promise<ExportRecord[]> {
  const rows = await db
    .select()
    .from(exports)
    .where(and(eq(exports.userId, userId), eq(exports.kind, "review_inbox")))
    .orderBy(desc(exports.createdAt), asc(exports.id))
    .limit(limit);
  return rows.map(toRecord);
}

/** The names the filters' summary shows for an antenna id and an axis code. */
export async function loadFilterNames(
  db: Executor,
  filters: InboxFilters,
): Promise<{ antennaName: string | null; axisLabel: string | null }> {
  const antenna =
    filters.antenna && filters.antenna !== "none"
      ? (
          await db
            .select({ name: antennas.name })
            .from(antennas)
            .where(eq(antennas.id, filters.antenna))
        )[0]?.name
      : null;
  const axis = filters.axis
    ? (
        await db
          .select({ label: programAxes.label })
          .from(programAxes)
          .where(eq(programAxes.code, filters.axis))
          .orderBy(asc(programAxes.position))
          .limit(1)
      )[0]?.label
    : null;
  return { antennaName: antenna ?? null, axisLabel: axis ?? null };
}
