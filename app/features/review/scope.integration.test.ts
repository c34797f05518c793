/**
 * The review scope (ADR 0008): a submitted application is routed at submission to the antenna
 * covering its organisation's département; antenna managers reach the applications of their
 * antennas' queues, instructors and administrators all submitted ones, others none; drafts are
 * never staff's.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTransition, staffApplicationScope } from "~/features/applications/index.server";
import type { Role } from "~/features/auth";
import type { Services } from "~/services.server";
import { applications } from "../../../db/schema";
import { buildDraft, buildStaff } from "../../../tests/factories/applications";
import {
  antennaOf,
  buildAntennaManager,
  buildSubmittedApplication,
  digitessAntennaId,
} from "../../../tests/factories/review";
import { createTestServices } from "../../../tests/support/test-services";
import { inboxStatusCounts } from "./inbox-counts.server";
import { emptyInboxFilters } from "./inbox-filters";

let services: Services & { dataDir: string };

beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services?.close();
});

async function reaches(staff: { id: string; role: Role }, applicationId: string) {
  const rows = await services.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), staffApplicationScope(services.db, staff)));
  return rows.length === 1;
}

/** Live counts per status in the staff's scope, optionally for one antenna queue. */
async function liveCounts(staff: { id: string; role: Role }, antennaId?: string) {
  const rows = await services.db
    .select({ status: applications.status, count: sql<string>`count(*)` })
    .from(applications)
    .where(
      and(
        staffApplicationScope(services.db, staff),
        antennaId ? eq(applications.antennaId, antennaId) : undefined,
      ),
    )
    .groupBy(applications.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

async function storedCounts(staff: { id: string; role: Role }, antennaId?: string) {
  const filters = { ...emptyInboxFilters, antenna: antennaId ?? null };
  const rows = await inboxStatusCounts(services.db, staff, filters);
  return Object.fromEntries(
    rows.filter((row) => Number(row.count) !== 0).map((row) => [row.status, Number(row.count)]),
  );
}

describe("the stored counts per status", () => {
  it("follow every submission, state change, reassignment and deletion", async () => {
    const instructor = await buildStaff(services.db, "instructor");
    const manager = await buildAntennaManager(services.db, "Saint-Denis (La Réunion)");
    const reunion = await digitessAntennaId(services.db, "Saint-Denis (La Réunion)");
    const check = async () => {
      expect(await storedCounts(instructor)).toEqual(await liveCounts(instructor));
      expect(await storedCounts(manager)).toEqual(await liveCounts(manager));
      expect(await storedCounts(instructor, reunion)).toEqual(
        await liveCounts(instructor, reunion),
      );
    };
    await buildDraft(services.db);
    const first = await buildSubmittedApplication(services, {
      departement: "974",
      postcode: "97400",
    });
    await buildSubmittedApplication(services, { departement: "974", status: "in_review" });
    await check();
    const moved = await buildSubmittedApplication(services, { status: "in_review" });
    await services.db
      .update(applications)
      .set({ antennaId: reunion })
      .where(eq(applications.id, moved.applicationId));
    await check();
    await services.db.transaction((tx) =>
      applyTransition(tx, {
        applicationId: first.applicationId,
        action: "withdraw",
        actor: first.applicant,
        organizationId: first.organizationId,
      }),
    );
    await check();
    expect((await storedCounts(manager)).withdrawn).toBe(1);
    await services.db.delete(applications).where(eq(applications.id, moved.applicationId));
    await check();
  });
});

describe("routing and scope of submitted applications", () => {
  it("routes to the antenna of the département, overseas included", async () => {
    const marseille = await buildSubmittedApplication(services);
    const reunion = await buildSubmittedApplication(services, {
      organizationName: "Ti Kaz Solidaire",
      departement: "974",
      postcode: "97400",
    });
    expect(await antennaOf(services.db, marseille.applicationId)).toBe(
      await digitessAntennaId(services.db, "Marseille"),
    );
    expect(await antennaOf(services.db, reunion.applicationId)).toBe(
      await digitessAntennaId(services.db, "Saint-Denis (La Réunion)"),
    );

    const marseilleManager = await buildAntennaManager(services.db, "Marseille");
    const reunionManager = await buildAntennaManager(services.db, "Saint-Denis (La Réunion)");
    expect(await reaches(marseilleManager, marseille.applicationId)).toBe(true);
    expect(await reaches(marseilleManager, reunion.applicationId)).toBe(false);
    expect(await reaches(reunionManager, reunion.applicationId)).toBe(true);
    expect(await reaches(reunionManager, marseille.applicationId)).toBe(false);

    for (const role of ["instructor", "admin"] as const) {
      const staff = await buildStaff(services.db, role);
      expect(await reaches(staff, marseille.applicationId)).toBe(true);
      expect(await reaches(staff, reunion.applicationId)).toBe(true);
    }
    for (const role of ["funder", "committee_member", "applicant"] as const) {
      const other = await buildStaff(services.db, role);
      expect(await reaches(other, marseille.applicationId)).toBe(false);
    }
  });

  it("never gives a draft to staff", async () => {
    const draftId = await buildDraft(services.db);
    const instructor = await buildStaff(services.db, "instructor");
    expect(await reaches(instructor, draftId)).toBe(false);
  });

  it("moves a built application along the state machine and dates its state", async () => {
    const built = await buildSubmittedApplication(services, { status: "information_requested" });
    const [row] = await services.db
      .select({ status: applications.status, since: applications.statusChangedAt })
      .from(applications)
      .where(eq(applications.id, built.applicationId));
    expect(row?.status).toBe("information_requested");
    expect(Date.now() - (row?.since.getTime() ?? 0)).toBeLessThan(60_000);
  });
});
