/**
 * A streaming CSV writer (RFC 4180) that French spreadsheets open right: UTF-8 with a byte order
 * mark, ";" between fields (Excel and LibreOffice in French expect it, as "," is the decimal
 * mark), CRLF line ends, a field quoted when it holds a separator, a quote or a line break, and
 * its quotes doubled. A text cell that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe. Rows come from an async
 * iterable and go to a Node stream with backpressure: memory stays constant whatever the count.
 * No business rule here: callers format their values (dates, euros) before.
 */
import type { Writable } from "node:stream";
import { chunked, writeChunk } from "./sink";

/** One CSV field: text, a number (written as it is), or nothing. */
export type CsvCell = string | number | null;

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";
const NEEDS_QUOTES = /[";\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text field made inert: a leading apostrophe when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field as written in the file. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  // A number is data the caller computed, never text someone typed: it is not neutralised
  // (a negative amount keeps its sign).
  const text = typeof cell === "number" ? String(cell) : neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(CSV_SEPARATOR)}\r\n`;
}

/** Writes the BOM, the header and every row to `out` (which the caller ends). */
export async function writeCsv(
  out: Writable,
  input: { header: readonly string[]; rows: AsyncIterable<readonly CsvCell[]> },
): Promise<void> {
  await writeChunk(out, CSV_BOM + csvLine(input.header));
  async function* lines() {
    for await (const row of input.rows) yield csvLine(row);
  }
  for await (const chunk of chunked(lines())) await writeChunk(out, chunk);
}
