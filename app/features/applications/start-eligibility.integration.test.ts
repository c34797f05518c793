/**
 * Ineligibility comes first (issue 11): a structure whose record definitely fails a programme's
 * eligibility is told so on its space, on "Déposer une candidature" and on step 1, and cannot
 * start an application, even by a direct POST; a criterion "to be checked" still lets it apply.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCalendarDate } from "~/platform/format/dates";
import * as newRoute from "~/routes/applications/new";
import * as stepRoute from "~/routes/applications/step";
import * as spaceRoute from "~/routes/areas/applicant";
import type { Services } from "~/services.server";
import { applications, auditEvents } from "../../../db/schema";
import {
  buildDraft,
  completeSteps,
  digitessProgramId,
} from "../../../tests/factories/applications";
import type { OrganizationInput } from "../../../tests/factories/organizations";
import { buildOrganization } from "../../../tests/factories/organizations";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { readDraftData } from "./draft";
import type { EligibilityNotice } from "./start-eligibility";

let services: Services & { dataDir: string };
let programId: string;
let client: RouteClient;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  programId = await digitessProgramId(services.db);
});
afterAll(async () => {
  await services?.close();
});

/** Two years ago today (in UTC), so that the structure is always one year short of three. */
/** The day a structure created on `date` turns three (its creation day three years later). */
function thirdAnniversary(date: string): string {
  return `${Number(date.slice(0, 4)) + 3}${date.slice(4)}`;
}

function twoYearsAgo(): string {
  const now = new Date();
  const day = now.toISOString().slice(5, 10);
  return `${now.getUTCFullYear() - 2}-${day === "02-29" ? "02-28" : day}`;
}

/** A signed-in applicant owning an organisation with these columns. */
async function applicantOf(columns: OrganizationInput) {
  const user = await signInAs(services, { name: "Nadia Martin" });
  const { organizationId } = await buildOrganization(services.db, { ...columns, ownerId: user.id });
  return { ...user, organizationId };
}

function start(cookie: string) {
  return client.call(newRoute.action, {
    path: "/espace/candidatures/nouvelle",
    cookie,
    form: { programId },
  });
}

async function draftsOf(organizationId: string) {
  return services.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId)));
}

const noticeOf = (data: unknown) =>
  ((data as { eligibility: EligibilityNotice[] }).eligibility ?? []).find(
    (notice) => notice.programId === programId,
  );

describe("a structure too young to apply", () => {
  it("is told on its space and on « Déposer une candidature » when it will be eligible", async () => {
    const creationDate = twoYearsAgo();
    const eligibleFrom = thirdAnniversary(creationDate);
    const date = formatCalendarDate(eligibleFrom, "fr");
    const nadia = await applicantOf({ name: "Jeune Pousse", creationDate });
    for (const [handler, path] of [
      [spaceRoute.loader, "/espace"],
      [newRoute.loader, "/espace/candidatures/nouvelle"],
    ] as const) {
      const page = await client.call(handler, { path, cookie: nadia.cookie });
      expect(page.status).toBe(200);
      expect(noticeOf(page.data)).toEqual({
        programId,
        programName: "Digit'ESS",
        eligible: false,
        reasons: [
          `Votre structure doit exister depuis au moins 3 ans : ce sera le cas le ${date}.`,
        ],
        nextStep: expect.stringContaining(`à partir du ${date}`),
        eligibleFrom,
        esusWouldHelp: false,
      });
    }
  });

  it("cannot start an application, even by a direct POST: 409, a French message, nothing stored", async () => {
    const nadia = await applicantOf({ creationDate: twoYearsAgo() });
    const refused = await start(nadia.cookie);
    expect(refused.status).toBe(409);
    const reply = refused.data as { result: { error: Record<string, string[]> }; refused: string };
    expect(reply.refused).toBe("ineligible");
    expect(reply.result.error[""]).toEqual([
      "Votre structure ne remplit pas les conditions de ce programme : aucune candidature n'a été créée. Cette page explique pourquoi et ce que vous pouvez faire.",
    ]);
    expect(await draftsOf(nadia.organizationId)).toEqual([]);
    const audit = await services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorId, nadia.id));
    expect(audit.filter((event) => event.action === "application.draft_created")).toEqual([]);
  });

  it("refuses in the visitor's language", async () => {
    const nadia = await applicantOf({ creationDate: twoYearsAgo() });
    const refused = await client.call(newRoute.action, {
      path: "/espace/candidatures/nouvelle",
      cookie: `${nadia.cookie}; lang=en`,
      form: { programId },
    });
    expect(refused.status).toBe(409);
    const reply = refused.data as { result: { error: Record<string, string[]> } };
    expect(reply.result.error[""]?.[0]).toMatch(/^Your organisation does not meet/);
  });

  it("resumes a draft started before, whose step 1 says why it cannot be sent", async () => {
    const nadia = await applicantOf({ creationDate: twoYearsAgo() });
    const id = await buildDraft(services.db, {
      organizationId: nadia.organizationId,
      programId,
      createdBy: nadia.id,
      data: completeSteps({ "1": { creationDate: twoYearsAgo() } }),
    });
    const resumed = await start(nadia.cookie);
    expect(resumed.status).toBe(302);
    expect(resumed.headers.get("location")).toBe(`/espace/candidatures/${id}/etape/1`);
    const step = await client.call(stepRoute.loader, {
      path: `/espace/candidatures/${id}/etape/1`,
      params: { id, n: "1" },
      cookie: nadia.cookie,
    });
    expect(step.status).toBe(200);
    expect((step.data as { eligibility: EligibilityNotice }).eligibility).toMatchObject({
      eligible: false,
      eligibleFrom: thirdAnniversary(twoYearsAgo()),
    });
  });
});

describe("step 1", () => {
  it("keeps the applicant on step 1 when what it typed rules the application out, saving it", async () => {
    const nadia = await applicantOf({});
    const id = await buildDraft(services.db, {
      organizationId: nadia.organizationId,
      programId,
      createdBy: nadia.id,
      data: completeSteps(),
    });
    const path = `/espace/candidatures/${id}/etape/1`;
    const values = completeSteps().steps["1"] ?? {};
    const young = await client.call(stepRoute.action, {
      path,
      params: { id, n: "1" },
      cookie: nadia.cookie,
      form: { ...values, intent: "continue", creationDate: twoYearsAgo() },
    });
    expect(young.status).toBe(302);
    expect(young.headers.get("location")).toBe(path);
    expect(young.setCookies.join(";")).toMatch(/notice=/);
    const [row] = await services.db.select().from(applications).where(eq(applications.id, id));
    expect(readDraftData(row?.data).steps["1"]?.creationDate).toBe(twoYearsAgo());
    // Corrected, it goes on to step 2.
    const fixed = await client.call(stepRoute.action, {
      path,
      params: { id, n: "1" },
      cookie: nadia.cookie,
      form: { ...values, intent: "continue" },
    });
    expect(fixed.headers.get("location")).toBe(`/espace/candidatures/${id}/etape/2`);
  });
});

describe("a commercial company", () => {
  it("without the ESUS approval is told the approval would let it apply, and cannot start", async () => {
    const sas = await applicantOf({ name: "Jardinerie SAS", legalFormCode: "5710" });
    const page = await client.call(newRoute.loader, {
      path: "/espace/candidatures/nouvelle",
      cookie: sas.cookie,
    });
    expect(noticeOf(page.data)).toMatchObject({
      eligible: false,
      esusWouldHelp: true,
      reasons: [
        "Votre forme juridique ne fait pas partie de l'économie sociale et solidaire et votre entreprise n'a pas l'agrément ESUS.",
      ],
    });
    expect((await start(sas.cookie)).status).toBe(409);
    expect(await draftsOf(sas.organizationId)).toEqual([]);
  });

  it("with the ESUS approval starts its application", async () => {
    const esus = await applicantOf({ legalFormCode: "5710", esusApproved: true });
    const started = await start(esus.cookie);
    expect(started.status).toBe(302);
    expect(await draftsOf(esus.organizationId)).toHaveLength(1);
  });
});

describe("a criterion to be checked", () => {
  it("still lets the structure apply, and the pages list what will be checked", async () => {
    const unknown = await applicantOf({ legalFormCode: null, creationDate: null });
    const space = await client.call(spaceRoute.loader, { path: "/espace", cookie: unknown.cookie });
    expect(noticeOf(space.data)).toMatchObject({
      eligible: null,
      reasons: [
        "Nous ne connaissons pas votre forme juridique : nous vérifierons que votre structure fait partie de l'ESS.",
        expect.stringContaining("Nous ne connaissons pas la date de création"),
      ],
    });
    const started = await start(unknown.cookie);
    expect(started.status).toBe(302);
    expect(started.headers.get("location")).toMatch(/\/etape\/1$/);
  });
});
