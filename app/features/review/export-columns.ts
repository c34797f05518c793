// The columns an export of the review inbox may hold (pure, safe for the browser): their ids,
// the default choice, how a saved or posted choice is read, and each column's value for one
// application, typed (text, whole number, amount in cents, calendar date) so that each format
// writes it its own way: CSV as text (euros through ~/platform/format/money, dates as ISO
// calendar dates), XLSX as numbers and date cells.
import { isApplicationState, stateLabel } from "~/features/applications";
import type { CsvCell } from "~/platform/export/csv";
import type { XlsxCell } from "~/platform/export/xlsx";
import { calendarDateIn } from "~/platform/format/dates";
import type { Locale } from "~/platform/i18n/types";
import { eurosText, parisCalendarDate, parisCalendarDates } from "./export-format";
import { en, fr } from "./messages-export";

export const exportColumnIds = [
  "number",
  "status",
  "submittedAt",
  "daysInState",
  "organization",
  "siren",
  "siret",
  "departement",
  "region",
  "antenna",
  "levels",
  "totalCost",
  "programmeShare",
  "assignedTo",
  "flagged",
  "axes",
] as const;
export type ExportColumnId = (typeof exportColumnIds)[number];

/** The columns checked until the user saves a choice of their own. */
export const defaultExportColumns: readonly ExportColumnId[] = [
  "number",
  "status",
  "submittedAt",
  "daysInState",
  "organization",
  "departement",
  "antenna",
  "levels",
  "totalCost",
  "programmeShare",
  "assignedTo",
];

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The user preference that keeps the chosen columns. */
export const EXPORT_COLUMNS_PREFERENCE = "review.export.columns";

export function isExportColumnId(value: unknown): value is ExportColumnId {
  return typeof value === "string" && (exportColumnIds as readonly string[]).includes(value);
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (exportFormats as readonly string[]).includes(value);
}

/** Known ids of `values`, once each, in the catalogue's order. */
export function orderColumns(values: readonly unknown[]): ExportColumnId[] {
  return exportColumnIds.filter((id) => values.includes(id));
}

/**
 * The saved choice read back (a JSON value of user_preferences): its known columns in the
 * catalogue's order; the default choice when nothing usable was saved.
 */
export function savedColumns(value: unknown): ExportColumnId[] {
  const columns = Array.isArray(value) ? orderColumns(value) : [];
  return columns.length > 0 ? columns : [...defaultExportColumns];
}

/** What the file needs of one application (the job reads it in batches). */
export type ExportRow = {
  id: string;
  number: string | null;
  status: string;
  submittedAt: Date | null;
  statusChangedAt: Date;
  organizationName: string;
  siren: string | null;
  siret: string | null;
  departement: string | null;
  region: string | null;
  antennaName: string | null;
  levels: readonly {
    kind: string;
    totalCostCents: number | null;
    programmeShareCents: number | null;
  }[];
  assignedToName: string | null;
  flagged: boolean;
  /** Labels of the priority axes the project names. */
  axes: readonly string[];
};

/** One cell before it is written in a format. */
export type ExportValue =
  | { kind: "text"; text: string }
  | { kind: "integer"; value: number }
  | { kind: "cents"; cents: number }
  | { kind: "date"; date: string }
  | null;

const DAY_MS = 24 * 60 * 60 * 1000;
const levelOrder = ["diagnostic", "scoping", "production"];
const messages = { fr, en } as const;

type ExportKey = keyof typeof fr;
const label = (key: ExportKey, locale: Locale): string => messages[locale][key];

/** The header of a column. */
export function columnLabel(id: ExportColumnId, locale: Locale): string {
  return label(`review.export.column.${id}`, locale);
}

/** Whole days spent in the current state at `now` (0 on the first day). */
export function daysInState(statusChangedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - statusChangedAt.getTime()) / DAY_MS));
}

function levelLabel(kind: string, locale: Locale): string {
  return kind === "diagnostic" || kind === "scoping" || kind === "production"
    ? label(`review.export.level.${kind}`, locale)
    : kind;
}

/** The sum of the amounts known, or null when none is. */
function sumCents(amounts: readonly (number | null)[]): ExportValue {
  const known = amounts.filter((amount): amount is number => amount !== null);
  return known.length === 0
    ? null
    : { kind: "cents", cents: known.reduce((total, amount) => total + amount, 0) };
}

const text = (value: string | null): ExportValue =>
  value === null || value === "" ? null : { kind: "text", text: value };

type ValueContext = { locale: Locale; now: Date };
/** The Paris calendar date of an instant (calendarDateIn's text). */
type DateOf = (instant: Date) => string;

/** The value of column `id` for `row`, `now` being the moment of the export. */
export function columnValue(
  id: ExportColumnId,
  row: ExportRow,
  context: ValueContext,
): ExportValue {
  return cellValue(id, row, context, parisCalendarDate);
}

function cellValue(
  id: ExportColumnId,
  row: ExportRow,
  context: ValueContext,
  dateOf: DateOf,
): ExportValue {
  const { locale } = context;
  switch (id) {
    case "number":
      return text(row.number);
    case "status":
      return text(isApplicationState(row.status) ? stateLabel(row.status, locale) : row.status);
    case "submittedAt":
      return row.submittedAt ? { kind: "date", date: dateOf(row.submittedAt) } : null;
    case "daysInState":
      return { kind: "integer", value: daysInState(row.statusChangedAt, context.now) };
    case "organization":
      return text(row.organizationName);
    case "siren":
      return text(row.siren);
    case "siret":
      return text(row.siret);
    case "departement":
      return text(row.departement);
    case "region":
      return text(row.region);
    case "antenna":
      return text(row.antennaName);
    case "levels":
      return text(
        [...row.levels]
          .sort((a, b) => levelOrder.indexOf(a.kind) - levelOrder.indexOf(b.kind))
          .map((level) => levelLabel(level.kind, locale))
          .join(", "),
      );
    case "totalCost":
      return sumCents(row.levels.map((level) => level.totalCostCents));
    case "programmeShare":
      return sumCents(row.levels.map((level) => level.programmeShareCents));
    case "assignedTo":
      return text(row.assignedToName);
    case "flagged":
      return text(label(row.flagged ? "review.export.yes" : "review.export.no", locale));
    case "axes":
      return text(row.axes.join(", "));
  }
}

/**
 * A value as a CSV field: amounts in euros as people read them (formatEuros's text), dates as
 * YYYY-MM-DD.
 */
export function csvCell(value: ExportValue, locale: Locale): CsvCell {
  if (value === null) return null;
  switch (value.kind) {
    case "text":
      return value.text;
    case "integer":
      return value.value;
    case "cents":
      return eurosText(value.cents, locale);
    case "date":
      return value.date;
  }
}

/** A value as an XLSX cell: numbers stay numbers (amounts in euros), dates are date cells. */
export function xlsxCell(value: ExportValue): XlsxCell {
  if (value === null) return null;
  switch (value.kind) {
    case "text":
      return value.text;
    case "integer":
      return value.value;
    case "cents":
      // A number for the spreadsheet to add up; cents stay the reference (as in formatEuros).
      return { euros: value.cents / 100 };
    case "date":
      return { date: value.date };
  }
}

/**
 * The lines of one file: a function from a row to its cells in `format`, the same as
 * exportLine's, that keeps the dates it has written (one export's rows share their days).
 */
export function exportLines(
  format: ExportFormat,
  columns: readonly ExportColumnId[],
  context: ValueContext,
): (row: ExportRow) => (CsvCell | XlsxCell)[] {
  const dateOf = parisCalendarDates();
  const { locale } = context;
  return format === "csv"
    ? (row) => columns.map((id) => csvCell(cellValue(id, row, context, dateOf), locale))
    : (row) => columns.map((id) => xlsxCell(cellValue(id, row, context, dateOf)));
}

/** One line of the file in `format`. */
export function exportLine(
  format: ExportFormat,
  columns: readonly ExportColumnId[],
  row: ExportRow,
  context: ValueContext,
): (CsvCell | XlsxCell)[] {
  return exportLines(format, columns, context)(row);
}

/** The file's name: "candidatures-2026-12-02.xlsx" (the day of the request, in Paris). */
export function exportFileName(format: ExportFormat, requestedAt: Date, locale: Locale): string {
  return `${label("review.export.fileName", locale)}-${calendarDateIn(requestedAt)}.${format}`;
}

/** The content type of a format. */
export function exportContentType(format: ExportFormat): string {
  return format === "csv"
    ? "text/csv; charset=utf-8"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
