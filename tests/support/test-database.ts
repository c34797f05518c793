/**
 * An isolated, migrated database for one integration test file: a clone of the PGlite template,
 * or (TEST_DB_DRIVER=pg) a new database created on the PostgreSQL server of TEST_DATABASE_URL
 * and dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, pgliteHandle } from "../../app/platform/db/client.server";
import { migrateDatabase } from "../../app/platform/db/migrate.server";
import type { DatabaseHandle } from "../../app/platform/db/types";

export const testDriver = process.env.TEST_DB_DRIVER === "pg" ? "pg" : "pglite";

/** URL of a database on the test server (for tests that need their own, e.g. migrations). */
export async function createEmptyPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is required when TEST_DB_DRIVER=pg");
  const name = `digitess_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Opens a fresh migrated database; `close()` also removes it. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDriver === "pg") {
    const created = await createEmptyPostgresDatabase();
    const handle = await openDatabase({ url: created.url, dataDir: "" });
    await migrateDatabase(handle);
    return {
      ...handle,
      async close() {
        await handle.close();
        await created.drop();
      },
    };
  }
  const template = readFileSync(inject("pgliteTemplate"));
  const client = await PGlite.create({ loadDataDir: new Blob([template]) });
  return pgliteHandle(client);
}
