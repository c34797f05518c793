import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDashboardPage } from "../../app/features/steering/index.server";
import { sendRediagnosticInvitations } from "../../app/features/supports/index.server";
import { calendarDateIn } from "../../app/platform/format/dates";
import type { Services } from "../../app/services.server";
import { createTestServices, jobsSettled } from "../../tests/support/test-services";
import {
  committeeSessions,
  diagnostics,
  feedbackRequests,
  organizations,
  supportMilestones,
  supports,
  user,
} from "../schema";
import { seedDemo } from "../seed";
import { MATURITY_SESSION_DAYS_AGO, maturityDemos } from "./maturity";

let services: Services & { dataDir: string };
const DAY = 86_400_000;

async function seed() {
  await seedDemo(services.db, {
    storage: services.storage,
    jobs: services.jobs,
    appUrl: services.env.APP_URL,
  });
}

/** The demo structures' supports, with their organisation's name. */
async function demoSupports() {
  return services.db
    .select({
      id: supports.id,
      organization: organizations.name,
      organizationId: supports.organizationId,
      status: supports.status,
      levelKind: supports.levelKind,
      consultant: user.email,
      startedAt: supports.startedAt,
      closedAt: supports.closedAt,
    })
    .from(supports)
    .innerJoin(organizations, eq(organizations.id, supports.organizationId))
    .leftJoin(user, eq(user.id, supports.consultantId))
    .where(
      inArray(
        organizations.name,
        maturityDemos.map((demo) => demo.organization),
      ),
    );
}

async function counts() {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries({
    supports,
    supportMilestones,
    diagnostics,
    committeeSessions,
  })) {
    const [row] = await services.db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

beforeAll(async () => {
  services = await createTestServices();
  await seed();
}, 120_000);
afterAll(async () => {
  await services?.close();
});

describe("demo maturity gain", () => {
  it("closes one scoping support per structure, delivered by Sophie Durand, at its past dates", async () => {
    const rows = await demoSupports();
    expect(rows).toHaveLength(maturityDemos.length);
    for (const demo of maturityDemos) {
      const row = rows.find((r) => r.organization === demo.organization);
      expect(row, demo.organization).toMatchObject({
        status: "closed",
        levelKind: "scoping",
        consultant: "sophie.durand@demo.digitess.fr",
      });
      const closedDaysAgo = (Date.now() - (row?.closedAt?.getTime() ?? 0)) / DAY;
      expect(Math.round(closedDaysAgo)).toBe(demo.closedDaysAgo);
      const startedDaysAgo = (Date.now() - (row?.startedAt?.getTime() ?? 0)) / DAY;
      expect(Math.round(startedDaysAgo)).toBe(demo.startedDaysAgo);
      const milestones = await services.db
        .select({ kind: supportMilestones.kind, file: supportMilestones.storageKey })
        .from(supportMilestones)
        .where(eq(supportMilestones.supportId, row?.id ?? ""));
      expect(milestones.map((m) => m.kind).sort()).toEqual(["closing", "deliverable", "kickoff"]);
      const deliverable = milestones.find((m) => m.kind === "deliverable");
      expect(deliverable?.file).toBeTruthy();
      const stored = await services.storage.get(deliverable?.file ?? "");
      expect(stored).not.toBeNull();
      await stored?.cancel();
    }
    // Closed months ago: no survey is sent now.
    const [surveys] = await services.db
      .select({ n: count() })
      .from(feedbackRequests)
      .where(
        inArray(
          feedbackRequests.supportId,
          rows.map((r) => r.id),
        ),
      );
    expect(surveys?.n).toBe(0);
    const [session] = await services.db
      .select({ startsAt: committeeSessions.startsAt })
      .from(committeeSessions)
      .where(
        and(
          eq(committeeSessions.status, "closed"),
          isNotNull(committeeSessions.closedAt),
          eq(
            committeeSessions.place,
            "Antenne de Marseille, 12 rue Saint-Ferréol, 13001 Marseille",
          ),
        ),
      );
    // Held at 10:00 (Paris) on the calendar day MATURITY_SESSION_DAYS_AGO days back: compared
    // by that day, as a count of days rounds to the next one late in the evening.
    expect(calendarDateIn(session?.startsAt ?? new Date(0))).toBe(
      calendarDateIn(new Date(Date.now() - MATURITY_SESSION_DAYS_AGO * DAY)),
    );
  });

  it("shows the demo funder the gain of three structures, the fourth waiting", async () => {
    const [funder] = await services.db
      .select({ id: user.id })
      .from(user)
      .where(eq(user.email, "claire.moreau@demo.digitess.fr"));
    if (!funder) throw new Error("no demo funder");
    const data = await loadDashboardPage(
      services.db,
      { id: funder.id, role: "funder" },
      new URL("http://localhost/pilotage"),
    );
    expect(data.programmes.map((p) => p.name)).toEqual(["Digit'ESS"]);
    expect(data.gain).toMatchObject({ supported: 4, awaitingAfter: 1, withoutBefore: 0 });
    expect(data.gain.aggregate.count).toBe(3);
    expect(data.gain.aggregate.overall.meanGainTenths).toBeGreaterThan(0);
    // A dimension that went down, so the demo shows a loss too.
    const responsible = data.gain.aggregate.dimensions.find((d) => d.id === "responsible");
    expect(responsible?.meanGainTenths).toBeLessThan(0);
  });

  it("records the re-diagnostic invitations already sent, so the daily job sends none now", async () => {
    const sent = await sendRediagnosticInvitations({
      db: services.db,
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
    });
    expect(sent).toEqual({ invited: 0, mailed: 0 });
  });

  it("creates nothing more when run again", async () => {
    await jobsSettled(services);
    const before = await counts();
    await seed();
    expect(await counts()).toEqual(before);
  });
});
