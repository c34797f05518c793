/**
 * Opens the database: PostgreSQL when a URL is given, otherwise the embedded PGlite in
 * `<dataDir>/pg`, owned by this process alone. Both are driven by the same Drizzle schema.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "../../../db/schema";
import { acquireDirectoryLock } from "./pglite-lock.server";
import type { Database, DatabaseHandle } from "./types";

export type DatabaseOptions = { url?: string; dataDir: string };

/** Opens PostgreSQL (url) or the embedded PGlite directory (dataDir/pg). */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url);
  return openPglite(path.resolve(options.dataDir, "pg"));
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  // Without a connection timeout a request would wait forever for a database that does not
  // answer; with it, it fails within 30 s and the page says "try again shortly" (503). The wait
  // includes the queue for a free connection: 5 s was too short for 200 applicants at once on
  // 2 cores (tests/resilience/load.resilience.test.ts).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // An idle connection closed by the server (restart, failover, database dropped) must not crash
  // the process: the pool discards it and opens a new one on the next query.
  pool.on("error", (error) => {
    console.warn(`PostgreSQL idle connection closed: ${error.message}`);
  });
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return {
    driver: "pg",
    db,
    pool,
    async ping() {
      await pool.query("select 1");
    },
    async close() {
      await pool.end();
    },
  };
}

/** Opens (creating if needed) a PGlite directory after taking its ownership lock. */
export async function openPglite(directory: string): Promise<DatabaseHandle> {
  mkdirSync(path.dirname(directory), { recursive: true });
  const release = acquireDirectoryLock(`${directory}.lock`);
  try {
    const client = await PGlite.create(directory);
    return pgliteHandle(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Wraps an already open PGlite instance (tests load one from a template dump). */
export function pgliteHandle(client: PGlite, release: () => void = () => {}): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    driver: "pglite",
    db,
    pglite: client,
    async ping() {
      await client.query("select 1");
    },
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
