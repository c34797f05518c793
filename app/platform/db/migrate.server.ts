/**
 * Applies the SQL migrations of db/migrations. On PostgreSQL the run holds an advisory lock so
 * that several instances starting together apply them once, one after the other.
 */
import path from "node:path";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { ADVISORY_LOCKS, withAdvisoryLock } from "./advisory-lock.server";
import type { DatabaseHandle } from "./types";

export const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

/** Brings the database to the latest schema. */
export async function migrateDatabase(handle: DatabaseHandle, folder = migrationsFolder) {
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    return;
  }
  await withAdvisoryLock(handle, ADVISORY_LOCKS.migrations, async (client) => {
    if (!client) throw new Error("PostgreSQL lock without a connection");
    await migratePg(drizzlePg(client), { migrationsFolder: folder });
  });
}
