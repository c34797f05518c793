import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../app/platform/db/types";
import { createTestDatabase } from "../tests/support/test-database";
import { user } from "./schema";
import { demoAccounts, seedDemo } from "./seed";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("demo seed", () => {
  it("creates one verified account per role, and running it again changes nothing", async () => {
    await seedDemo(database.db);
    await seedDemo(database.db);
    const users = await database.db.select().from(user);
    expect(users).toHaveLength(demoAccounts.length);
    expect(new Set(users.map((u) => u.role))).toEqual(
      new Set([
        "applicant",
        "instructor",
        "antenna_manager",
        "committee_member",
        "funder",
        "admin",
      ]),
    );
    expect(users.every((u) => u.emailVerified)).toBe(true);
  });
});
