// The nightly purge removes anonymous diagnostics past the retention period, in progress or
// completed, and keeps the recent ones and every diagnostic attached to an organisation or account.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/platform/db/types";
import { parseEnv } from "~/platform/env.server";
import type { JobDependencies } from "~/platform/jobs/define-job";
import { createLogger } from "~/platform/logger.server";
import { diagnostics } from "../../../../db/schema";
import { buildDiagnostic } from "../../../../tests/factories/diagnostics";
import { buildOrganization } from "../../../../tests/factories/organizations";
import { buildUser } from "../../../../tests/factories/users";
import { createTestDatabase } from "../../../../tests/support/test-database";
import { purgeAnonymousDiagnosticsJob } from "./purge-anonymous-diagnostics";

const DAY_MS = 24 * 60 * 60 * 1000;
let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** Builds a diagnostic whose last activity was `daysAgo` days ago. */
async function diagnosticAged(daysAgo: number, input: Parameters<typeof buildDiagnostic>[1]) {
  const { id } = await buildDiagnostic(database.db, input);
  const at = new Date(Date.now() - daysAgo * DAY_MS);
  await database.db
    .update(diagnostics)
    .set({ createdAt: at, updatedAt: at })
    .where(eq(diagnostics.id, id));
  return id;
}

describe("purge of anonymous diagnostics", () => {
  it("removes old anonymous ones and keeps recent or attached ones", async () => {
    const userId = await buildUser(database.db, { email: "garde@exemple.fr", name: "Garde" });
    const { organizationId } = await buildOrganization(database.db, { name: "Gardée" });
    const abandoned = await diagnosticAged(31, { completed: false, answers: { S1: 2 } });
    const oldCompleted = await diagnosticAged(40, { completed: true });
    const recentAbandoned = await diagnosticAged(29, { completed: false, answers: {} });
    const recentCompleted = await diagnosticAged(2, { completed: true });
    const oldOfOrganization = await diagnosticAged(90, { organizationId });
    const oldOfAccount = await diagnosticAged(90, { completed: false, createdBy: userId });

    const env = parseEnv({ NODE_ENV: "test", LOG_LEVEL: "silent" });
    expect(env.ANONYMOUS_DIAGNOSTIC_RETENTION_DAYS).toBe(30);
    const deps = { db: database.db, env, logger: createLogger("silent") } as JobDependencies;
    await purgeAnonymousDiagnosticsJob.handle({}, deps);

    const all = [
      abandoned,
      oldCompleted,
      recentAbandoned,
      recentCompleted,
      oldOfOrganization,
      oldOfAccount,
    ];
    const left = await database.db
      .select({ id: diagnostics.id })
      .from(diagnostics)
      .where(inArray(diagnostics.id, all));
    expect(new Set(left.map((row) => row.id))).toEqual(
      new Set([recentAbandoned, recentCompleted, oldOfOrganization, oldOfAccount]),
    );
  });

  it("follows the configured retention period", async () => {
    const id = await diagnosticAged(8, { completed: false, answers: {} });
    const env = parseEnv({ NODE_ENV: "test", ANONYMOUS_DIAGNOSTIC_RETENTION_DAYS: "7" });
    const deps = { db: database.db, env, logger: createLogger("silent") } as JobDependencies;
    await purgeAnonymousDiagnosticsJob.handle({}, deps);
    const left = await database.db.select().from(diagnostics).where(eq(diagnostics.id, id));
    expect(left).toEqual([]);
  });
});
