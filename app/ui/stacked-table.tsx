/**
 * A data table that fits a 320 px screen: under 40rem each body row becomes one block, each cell
 * on its own line after the name of its column (ui.css, `.table-stacked`). It stays a real table
 * for screen readers: the visible column names are hidden from them (the header cells already
 * name each cell), and the rows and cells keep explicit roles because some browsers (WebKit)
 * drop a table's semantics once its CSS `display` changes.
 */
import type { ReactNode } from "react";

/** Explicit roles of a stacked table's elements; spread them on the matching element. */
export const stackedRoles = {
  table: { role: "table" },
  rowgroup: { role: "rowgroup" },
  row: { role: "row" },
  columnheader: { role: "columnheader", scope: "col" },
  rowheader: { role: "rowheader", scope: "row" },
  cell: { role: "cell" },
} as const;

/** The column name shown before a cell's value on narrow screens only (hidden from readers). */
export function StackedLabel({ children }: { children: ReactNode }) {
  return (
    <span className="table-stacked-label" aria-hidden="true">
      {children}
    </span>
  );
}
