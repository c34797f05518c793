/**
 * A streaming XLSX writer (Office Open XML, SpreadsheetML) over the streaming ZIP writer: one
 * worksheet whose rows are written as they arrive, so memory stays constant whatever the row
 * count. Text is inline (`t="inlineStr"`, no shared-string table to hold in memory), numbers
 * are numbers, calendar dates are date cells with a date style, amounts numbers with a
 * two-decimal euro style; the header row is bold and frozen. Characters XML 1.0 forbids are
 * removed. No business rule here: callers pick the cell kinds.
 */
import type { Writable } from "node:stream";
import { chunked } from "./sink";
import { xmlEscape } from "./xml";
import { ZipWriter } from "./zip";

/** One cell: text, a number, a calendar date ("YYYY-MM-DD"), an amount in euros, or nothing. */
export type XlsxCell =
  | string
  | number
  | null
  | { readonly date: string }
  | { readonly euros: number };

export type XlsxColumn = { readonly header: string /** In characters. */; readonly width?: number };

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes of styles.xml's cellXfs. */
const STYLE = { header: 1, date: 2, euros: 3 } as const;

const CONTENT_TYPES = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;

const ROOT_RELS = `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`;

// 0 normal, 1 bold (header), 2 date (built-in format 14, the reader's short date), 3 euros.
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank. */
export function sheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === "" ? "Feuille1" : cleaned;
}

/** The column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  return knownLetters[index] ?? lettersOf(index);
}

function lettersOf(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

// The letters of the first columns, computed once (every cell of every row names its column).
const knownLetters = Array.from({ length: 256 }, (_, index) => lettersOf(index));

// Serials already computed: an export's rows share few days. Bounded, then started again.
const serials = new Map<string, number | null>();

/** The spreadsheet serial number of a calendar date (days since 1899-12-30), or null. */
export function dateSerial(date: string): number | null {
  let serial = serials.get(date);
  if (serial === undefined) {
    serial = computeDateSerial(date);
    if (serials.size >= 10_000) serials.clear();
    serials.set(date, serial);
  }
  return serial;
}

function computeDateSerial(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const check = new Date(time).toISOString().slice(0, 10);
  if (check !== date) return null;
  return time / 86_400_000 + 25_569;
}

function numberText(value: number): string | null {
  return Number.isFinite(value) ? String(value) : null;
}

function inlineString(ref: string, text: string, style?: number): string {
  const escaped = xmlEscape(text);
  if (escaped === "") return "";
  const space = /^\s|\s$/.test(escaped) ? ' xml:space="preserve"' : "";
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

/** One cell's XML ("" for an empty cell). */
export function cellXml(ref: string, cell: XlsxCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return inlineString(ref, cell);
  if (typeof cell === "number") {
    const text = numberText(cell);
    return text === null ? "" : `<c r="${ref}"><v>${text}</v></c>`;
  }
  if ("date" in cell) {
    const serial = dateSerial(cell.date);
    return serial === null
      ? inlineString(ref, cell.date)
      : `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  const text = numberText(cell.euros);
  return text === null ? "" : `<c r="${ref}" s="${STYLE.euros}"><v>${text}</v></c>`;
}

/** One row's XML (1-based row number). */
export function rowXml(rowNumber: number, cells: readonly XlsxCell[], style?: number): string {
  let xml = `<row r="${rowNumber}">`;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    // An empty cell writes nothing (cellXml's ""), a hole of the array neither (as join did).
    if (cell === null || cell === undefined) continue;
    const ref = columnLetters(index) + rowNumber;
    xml +=
      style !== undefined && typeof cell === "string"
        ? inlineString(ref, cell, style)
        : cellXml(ref, cell);
  }
  return `${xml}</row>`;
}

async function* sheetXml(
  columns: readonly XlsxColumn[],
  rows: AsyncIterable<readonly XlsxCell[]>,
): AsyncGenerator<string> {
  const cols = columns
    .map((column, index) => {
      const width = Math.min(Math.max(column.width ?? 14, 4), 80);
      return `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`;
    })
    .join("");
  yield `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols === "" ? "" : `<cols>${cols}</cols>`}<sheetData>`;
  yield rowXml(
    1,
    columns.map((column) => column.header),
    STYLE.header,
  );
  let rowNumber = 1;
  for await (const row of rows) {
    rowNumber += 1;
    yield rowXml(rowNumber, row);
  }
  yield "</sheetData></worksheet>";
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** Writes a workbook of one sheet to `out` (which the caller ends). */
export async function writeXlsx(
  out: Writable,
  input: {
    sheetName: string;
    columns: readonly XlsxColumn[];
    rows: AsyncIterable<readonly XlsxCell[]>;
    modifiedAt?: Date;
  },
): Promise<void> {
  const zip = new ZipWriter(out, input.modifiedAt);
  const workbook = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets><sheet name="${xmlEscape(sheetName(input.sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  await zip.addEntry("[Content_Types].xml", once(CONTENT_TYPES));
  await zip.addEntry("_rels/.rels", once(ROOT_RELS));
  await zip.addEntry("xl/workbook.xml", once(workbook));
  await zip.addEntry("xl/_rels/workbook.xml.rels", once(WORKBOOK_RELS));
  await zip.addEntry("xl/styles.xml", once(STYLES));
  await zip.addEntry("xl/worksheets/sheet1.xml", chunked(sheetXml(input.columns, input.rows)));
  await zip.finish();
}
