import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAuditEvent } from "~/platform/audit.server";
import type { DatabaseHandle } from "~/platform/db/types";
import { auditEvents } from "../../db/schema";
import { createTestDatabase } from "../../tests/support/test-database";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("audit events", () => {
  it("records who did what to which entity, with before and after", async () => {
    const id = await appendAuditEvent(database.db, {
      actorId: "user-1",
      entityType: "application",
      entityId: "DE-2026-00001",
      action: "application.submitted",
      before: { status: "draft" },
      after: { status: "submitted" },
      requestId: "req-1",
    });
    const [row] = await database.db.select().from(auditEvents).where(eq(auditEvents.id, id));
    expect(row).toMatchObject({
      actorId: "user-1",
      entityType: "application",
      entityId: "DE-2026-00001",
      action: "application.submitted",
      before: { status: "draft" },
      after: { status: "submitted" },
      requestId: "req-1",
    });
    expect(row?.occurredAt).toBeInstanceOf(Date);
  });

  it("commits and rolls back with the command's transaction", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await appendAuditEvent(tx, {
          actorId: null,
          entityType: "user",
          entityId: "rb",
          action: "user.seeded",
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow();
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, "rb"));
    expect(rows).toEqual([]);
  });

  it("is append-only: the database refuses updates and deletes", async () => {
    const id = await appendAuditEvent(database.db, {
      actorId: null,
      entityType: "user",
      entityId: "ro",
      action: "user.seeded",
    });
    await expect(
      database.db.update(auditEvents).set({ action: "forged" }).where(eq(auditEvents.id, id)),
    ).rejects.toThrow();
    await expect(database.db.delete(auditEvents).where(eq(auditEvents.id, id))).rejects.toThrow();
    const [row] = await database.db.select().from(auditEvents).where(eq(auditEvents.id, id));
    expect(row?.action).toBe("user.seeded");
  });
});
