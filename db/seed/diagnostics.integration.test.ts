import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listOrganizationDiagnostics,
  listSimilarOrganizationScores,
  similarMedians,
  sizeBandOf,
} from "../../app/features/diagnostic/index.server";
import type { Services } from "../../app/services.server";
import { createTestServices } from "../../tests/support/test-services";
import { diagnostics, organizations } from "../schema";
import { seedDemo } from "../seed";

let services: Services & { dataDir: string };

beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services.close();
});

describe("demo diagnostics", () => {
  it("gives Le Toit Partagé two diagnostics a year apart and 12 similar ones, once", async () => {
    await seedDemo(services.db);
    await seedDemo(services.db);
    const [demo] = await services.db
      .select({
        id: organizations.id,
        employees: organizations.employees,
        owner: organizations.createdBy,
      })
      .from(organizations)
      .where(eq(organizations.name, "Le Toit Partagé"));
    expect(demo).toBeDefined();
    if (!demo?.owner) throw new Error("demo organisation without owner");
    const own = await listOrganizationDiagnostics(services.db, {
      userId: demo.owner,
      organizationId: demo.id,
    });
    expect(own).toHaveLength(2);
    const [first, second] = own;
    expect(second?.score.globalScore).toBeGreaterThan(first?.score.globalScore ?? 100);
    const days =
      (Date.parse(second?.completedAt ?? "") - Date.parse(first?.completedAt ?? "")) / 86_400_000;
    expect(days).toBeGreaterThan(360);

    const band = sizeBandOf(demo.employees);
    if (!band) throw new Error("demo organisation without size band");
    const scores = await listSimilarOrganizationScores(services.db, {
      sizeBand: band,
      excludeOrganizationId: demo.id,
    });
    expect(scores).toHaveLength(12);
    expect(similarMedians(scores, "2026-1")?.global).not.toBeNull();
    const saved = await services.db
      .select({ id: diagnostics.id })
      .from(diagnostics)
      .where(isNotNull(diagnostics.organizationId));
    expect(saved).toHaveLength(14);
  });
});
