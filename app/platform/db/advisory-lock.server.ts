/**
 * Runs `work` while holding a PostgreSQL session advisory lock, on a connection of its own, so
 * that several instances starting together do it one after the other (migrations, the job
 * queue's first schema creation). On PGlite, which has one owner process, it just runs `work`.
 */
import type { PoolClient } from "pg";
import type { DatabaseHandle } from "./types";

/** Arbitrary constants identifying the app's advisory locks. */
export const ADVISORY_LOCKS = {
  migrations: 7_341_902_115,
  jobQueueStart: 7_341_902_116,
  /** Transaction-level: one committee session preparation at a time (all instances). */
  committeeSessionPreparation: 7_341_902_117,
} as const;

export async function withAdvisoryLock<T>(
  handle: DatabaseHandle,
  key: number,
  work: (client: PoolClient | null) => Promise<T>,
): Promise<T> {
  if (handle.driver === "pglite") return work(null);
  if (!handle.pool) throw new Error("PostgreSQL handle without pool");
  const client = await handle.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [key]);
    try {
      return await work(client);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [key]);
    }
  } finally {
    client.release();
  }
}
