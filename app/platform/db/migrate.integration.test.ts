import { describe, expect, it } from "vitest";
import { createEmptyPostgresDatabase, testDriver } from "../../../tests/support/test-database";
import { openDatabase } from "./client.server";
import { migrateDatabase } from "./migrate.server";

describe.runIf(testDriver === "pg")("migrations on PostgreSQL", () => {
  it("two instances migrating the same empty database at once both succeed, once", async () => {
    const created = await createEmptyPostgresDatabase();
    const a = await openDatabase({ url: created.url, dataDir: "" });
    const b = await openDatabase({ url: created.url, dataDir: "" });
    try {
      await Promise.all([migrateDatabase(a), migrateDatabase(b)]);
      const applied = await a.pool?.query(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      const files = (await import("node:fs"))
        .readdirSync("db/migrations")
        .filter((f) => f.endsWith(".sql"));
      expect(applied?.rows[0].n).toBe(files.length);
    } finally {
      await a.close();
      await b.close();
      await created.drop();
    }
  });
});

describe.runIf(testDriver === "pglite")("migrations on PGlite", () => {
  it("are idempotent: migrating an up-to-date database changes nothing", async () => {
    const { createTestDatabase } = await import("../../../tests/support/test-database");
    const handle = await createTestDatabase();
    try {
      await migrateDatabase(handle);
      const result = await handle.pglite?.query<{ n: number }>(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      expect(result?.rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});
