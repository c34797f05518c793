/**
 * The steering dashboard's loader (/pilotage) on a real database (PGlite, then PostgreSQL with
 * TEST_DB_DRIVER=pg): funders and administrators see it, nobody else (sign-in, or 404 as the area
 * guard answers); a funder reads only the programmes its funders pay into, whatever the URL asks;
 * the filter's values outside the form's choices are ignored and named, never a failure.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQuestionBank } from "~/features/diagnostic";
import * as steeringRoute from "~/routes/areas/steering";
import type { Services } from "~/services.server";
import { funders, programs, staffScopes, supports } from "../../../db/schema";
import { digitessProgramId } from "../../../tests/factories/applications";
import { buildDiagnostic, buildDiagnosticAnswers } from "../../../tests/factories/diagnostics";
import { buildProgramme } from "../../../tests/factories/programs";
import { buildSupport } from "../../../tests/factories/supports";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import type { DashboardPageData } from "./pages.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let funder: SignedInUser;
let otherFunder: SignedInUser;
let admin: SignedInUser;
let applicant: SignedInUser;
let instructor: SignedInUser;
let digitessId: string;
let otherProgrammeId: string;

const DAY = 24 * 60 * 60 * 1000;
const bank = getQuestionBank("2026-1");

/** A structure supported (closed 100 days ago) by `programId`, from level `before` to `after`. */
async function comparedStructure(
  name: string,
  programId: string,
  before: 0 | 1 | 2 | 3 | 4,
  after: 0 | 1 | 2 | 3 | 4,
) {
  const support = await buildSupport(services, {
    organizationName: name,
    closedAt: new Date(Date.now() - 100 * DAY),
  });
  await services.db.update(supports).set({ programId }).where(eq(supports.id, support.supportId));
  for (const [level, daysAgo] of [
    [before, 200],
    [after, 10],
  ] as const) {
    await buildDiagnostic(services.db, {
      organizationId: support.organizationId,
      completedAt: new Date(Date.now() - daysAgo * DAY),
      answers: buildDiagnosticAnswers(bank, { level }),
    });
  }
}

async function page(cookie: string, query = "") {
  return client.call(steeringRoute.loader, { path: `/pilotage${query}`, cookie });
}

async function dashboard(cookie: string, query = ""): Promise<DashboardPageData> {
  const outcome = await page(cookie, query);
  expect(outcome.status).toBe(200);
  return outcome.data as DashboardPageData;
}

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  const { db } = services;
  digitessId = await digitessProgramId(db);
  await buildProgramme(db, {
    slug: "autre-programme",
    name: "Autre programme",
    antennas: [],
    envelopes: [
      {
        funderName: "Fondation d'un autre programme",
        funderDescription: "Finance un autre programme",
        amountCents: 100_000_00,
      },
    ],
  });
  const [other] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, "autre-programme"));
  if (!other) throw new Error("no other programme");
  otherProgrammeId = other.id;
  const funderRows = await db.select({ id: funders.id, name: funders.name }).from(funders);
  const funderId = (name: string) => {
    const row = funderRows.find((f) => f.name === name);
    if (!row) throw new Error(`no funder ${name}`);
    return row.id;
  };

  funder = await signInAs(services, { role: "funder", name: "Claire Moreau" });
  await db
    .insert(staffScopes)
    .values({ userId: funder.id, funderId: funderId("AG2R La Mondiale") });
  otherFunder = await signInAs(services, { role: "funder", name: "Autre Financeuse" });
  await db
    .insert(staffScopes)
    .values({ userId: otherFunder.id, funderId: funderId("Fondation d'un autre programme") });
  admin = await signInAs(services, { role: "admin", name: "Alex Admin" });
  applicant = await signInAs(services, { role: "applicant" });
  instructor = await signInAs(services, { role: "instructor" });

  // Digit'ESS: 25 → 75 and 50 → 75; the other programme: 75 → 50.
  await comparedStructure("Structure Un", digitessId, 1, 3);
  await comparedStructure("Structure Deux", digitessId, 2, 3);
  await comparedStructure("Structure Trois", otherProgrammeId, 3, 2);
}, 120_000);

afterAll(async () => {
  await services?.close();
});

describe("the steering dashboard's access", () => {
  it("sends an anonymous visitor to sign in", async () => {
    const outcome = await page("");
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/connexion?redirectTo=${encodeURIComponent("/pilotage")}`);
  });

  it("answers 404 to an applicant and an instructor", async () => {
    for (const user of [applicant, instructor]) {
      expect((await page(user.cookie)).status, user.role).toBe(404);
    }
  });

  it("shows a funder the gain of the programmes its funders pay into, and only those", async () => {
    const data = await dashboard(funder.cookie);
    expect(data.programmes).toEqual([{ id: digitessId, name: "Digit'ESS" }]);
    expect(data.ignored).toEqual([]);
    expect(data.gain.aggregate.overall).toEqual({
      count: 2,
      meanGainTenths: 375,
      meanBeforeTenths: 375,
      meanAfterTenths: 750,
    });
    expect(data.dimensionTitles.strategy).toBe(bank.dimensions[0]?.title);
    expect((await page(funder.cookie)).data as { messages: Record<string, string> }).toMatchObject({
      messages: { "steering.gain.title": "Gain de maturité numérique" },
    });

    // Asking for the other programme in the URL shows nothing of it.
    const asked = await dashboard(funder.cookie, `?programme=${otherProgrammeId}`);
    expect(asked.ignored).toEqual(["programme"]);
    expect(asked.filter.programId).toBeNull();
    expect(asked.gain.aggregate.count).toBe(2);

    const other = await dashboard(otherFunder.cookie);
    expect(other.programmes).toEqual([{ id: otherProgrammeId, name: "Autre programme" }]);
    expect(other.gain.aggregate.overall.meanGainTenths).toBe(-250);
  });

  it("shows an administrator every programme, filtered as asked", async () => {
    const data = await dashboard(admin.cookie);
    expect(data.programmes.map((p) => p.name).sort()).toEqual(["Autre programme", "Digit'ESS"]);
    expect(data.gain.aggregate.count).toBe(3);
    const other = await dashboard(admin.cookie, `?programme=${otherProgrammeId}&echelon=scoping`);
    expect(other.filter).toEqual({ programId: otherProgrammeId, levelKind: "scoping" });
    expect(other.gain.aggregate.count).toBe(1);
    const production = await dashboard(admin.cookie, "?echelon=production");
    expect(production.gain).toMatchObject({ supported: 0, awaitingAfter: 0, withoutBefore: 0 });
  });

  it("ignores filter values outside the form's choices, and says so", async () => {
    const data = await dashboard(
      admin.cookie,
      "?programme=%27%3B%20drop%20table%20supports&echelon=%3Cscript%3E&programme=x",
    );
    expect(data.ignored).toEqual(["programme", "level"]);
    expect(data.filter).toEqual({ programId: null, levelKind: null });
    expect(data.gain.aggregate.count).toBe(3);
  });

  it("ignores a NUL-bearing or huge filter value, never a 5xx", async () => {
    const data = await dashboard(
      admin.cookie,
      `?programme=%00${"a".repeat(50_000)}&echelon=scoping%00`,
    );
    expect(data.ignored).toEqual(["programme", "level"]);
    expect(data.filter).toEqual({ programId: null, levelKind: null });
  });
});
