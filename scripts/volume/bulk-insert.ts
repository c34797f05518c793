/**
 * Multi-row INSERTs of generated rows, cut so that one statement stays far below PostgreSQL's
 * 65 535 bind parameters; ON CONFLICT DO NOTHING makes a re-run insert nothing.
 */
import { getTableColumns } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "~/platform/db/types";

const MAX_PARAMETERS = 30_000;

/** How many rows of `table` fit in one statement. */
export function rowsPerStatement(table: PgTable): number {
  const columns = Object.keys(getTableColumns(table)).length;
  return Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
}

/** Inserts the rows (skipping those that exist); returns the keys of the rows inserted. */
export async function insertNew(
  executor: Executor,
  table: PgTable,
  key: PgColumn,
  rows: readonly Record<string, unknown>[],
): Promise<Set<unknown>> {
  const inserted = new Set<unknown>();
  const size = rowsPerStatement(table);
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const returned = await executor
      .insert(table)
      .values(chunk as never)
      .onConflictDoNothing()
      .returning({ key });
    for (const row of returned as { key: unknown }[]) inserted.add(row.key);
  }
  return inserted;
}

/** Inserts the rows, skipping those that exist. */
export async function insertAll(
  executor: Executor,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const size = rowsPerStatement(table);
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    await executor
      .insert(table)
      .values(chunk as never)
      .onConflictDoNothing();
  }
}
