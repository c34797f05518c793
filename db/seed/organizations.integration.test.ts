import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMembershipsOfUser } from "../../app/features/organizations/queries.server";
import type { DatabaseHandle } from "../../app/platform/db/types";
import { createTestDatabase } from "../../tests/support/test-database";
import { auditEvents, organizations, user } from "../schema";
import { seedDemo } from "../seed";
import { demoOrganization } from "./organizations";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("demo organisation", () => {
  it("gives Mme Martin her association Le Toit Partagé, once", async () => {
    await seedDemo(database.db);
    await seedDemo(database.db);
    const rows = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, "Le Toit Partagé"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: "Le Toit Partagé",
      legalFormCode: "9220",
      creationDate: "2015-06-15",
      commune: "Marseille",
      departement: "13",
      actionAxes: ["housing"],
      siren: demoOrganization.siren,
    });
    const [martin] = await database.db
      .select({ id: user.id })
      .from(user)
      .where(eq(user.email, "mme.martin@demo.digitess.fr"));
    expect(await listMembershipsOfUser(database.db, martin?.id ?? "")).toEqual([
      { organizationId: rows[0]?.id, organizationName: "Le Toit Partagé", role: "owner" },
    ]);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "organization.seeded"));
    expect(events).toHaveLength(1);
  });
});
