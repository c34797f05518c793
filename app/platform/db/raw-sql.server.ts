/**
 * Runs raw SQL text with positional parameters on a Drizzle database or transaction, on the same
 * connection. pg-boss needs it to enqueue a job inside our transaction (examples.md #9). It reads
 * Drizzle's session client (a pg Pool/PoolClient or a PGlite instance/transaction), which both
 * expose `query(text, values)`; the rollback test in jobs.integration.test.ts guards it.
 */
import type { Executor } from "./types";

type QueryClient = {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  exec?(text: string): Promise<unknown>;
};

/** Executes `text` with `values` on the connection behind `executor`. */
export async function executeRawSql(
  executor: Executor,
  text: string,
  values: unknown[] = [],
): Promise<{ rows: unknown[] }> {
  const client = (executor as unknown as { session: { client: QueryClient } }).session.client;
  if (values.length === 0 && client.exec) {
    // PGlite runs multi-statement scripts only through exec().
    const results = (await client.exec(text)) as { rows: unknown[] }[];
    return { rows: results.at(-1)?.rows ?? [] };
  }
  const result = await client.query(text, values);
  return { rows: result.rows };
}
