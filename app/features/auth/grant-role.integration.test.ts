import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempt } from "~/platform/commands/outcome";
import type { DatabaseHandle } from "~/platform/db/types";
import { auditEvents, user } from "../../../db/schema";
import { buildUser } from "../../../tests/factories/users";
import { createTestDatabase } from "../../../tests/support/test-database";
import { grantRole } from "./grant-role.server";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("grantRole", () => {
  it("makes a verified account an administrator, with an audit event", async () => {
    const id = await buildUser(database.db, {
      email: "responsable@programme.fr",
      name: "Responsable",
    });
    const result = await grantRole({
      db: database.db,
      email: " Responsable@Programme.fr ",
      role: "admin",
      actorId: null,
    });
    expect(result).toEqual({ userId: id, before: "applicant", after: "admin" });
    const [row] = await database.db.select().from(user).where(eq(user.id, id));
    expect(row?.role).toBe("admin");
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "user.role_granted")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ before: { role: "applicant" }, after: { role: "admin" } });
  });

  it("refuses an unknown role, an unknown account and an unverified address, changing nothing", async () => {
    await buildUser(database.db, {
      email: "pas.verifie@exemple.fr",
      name: "X",
      emailVerified: false,
    });
    expect(
      await attempt(() =>
        grantRole({
          db: database.db,
          email: "responsable@programme.fr",
          role: "superuser",
          actorId: null,
        }),
      ),
    ).toMatchObject({ ok: false, refusal: { code: "unknown_role" } });
    expect(
      await attempt(() =>
        grantRole({
          db: database.db,
          email: "personne@exemple.fr",
          role: "admin",
          actorId: null,
        }),
      ),
    ).toMatchObject({ ok: false, refusal: { code: "unknown_user" } });
    expect(
      await attempt(() =>
        grantRole({
          db: database.db,
          email: "pas.verifie@exemple.fr",
          role: "admin",
          actorId: null,
        }),
      ),
    ).toMatchObject({ ok: false, refusal: { code: "unverified_email" } });
    const [row] = await database.db
      .select()
      .from(user)
      .where(eq(user.email, "pas.verifie@exemple.fr"));
    expect(row?.role).toBe("applicant");
  });
});
