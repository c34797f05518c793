/**
 * Diagnostics and organisations on a real database: a member saves a result to their structure
 * (at the start, from the result page, or after signing up), nobody else can, another applicant
 * gets 404, and the space compares diagnostics and shows the median only from 10 similar ones.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as intro from "~/routes/diagnostic/intro";
import * as space from "~/routes/diagnostic/organization-diagnostics";
import * as organizationResult from "~/routes/diagnostic/organization-result";
import * as organizationResultPdf from "~/routes/diagnostic/organization-result-pdf";
import * as result from "~/routes/diagnostic/result";
import * as resultPdf from "~/routes/diagnostic/result-pdf";
import type { Services } from "~/services.server";
import { auditEvents, diagnostics } from "../../../db/schema";
import { buildDiagnostic, buildDiagnosticAnswers } from "../../../tests/factories/diagnostics";
import { buildOrganization } from "../../../tests/factories/organizations";
import { pdfText } from "../../../tests/support/pdf-text";
import { cookiePairs, createRouteClient, joinCookies } from "../../../tests/support/route-client";
import { signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import type { ProgressTable } from "./progress-view";
import { getQuestionBank } from "./question-bank";

let services: Services & { dataDir: string };
let client: ReturnType<typeof createRouteClient>;
const bank = getQuestionBank("2026-1");

/** A verified applicant with a session; returns their id and cookie. */
const applicant = (email: string) =>
  signInAs(services, { email, name: email.split("@")[0] as string });

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
});
afterAll(async () => {
  await services.close();
});

const resultOf = (token: string, cookie?: string) =>
  client.call(result.loader, { path: `/diagnostic/${token}/resultat`, params: { token }, cookie });

describe("saving a diagnostic to an organisation", () => {
  it("starts a member's diagnostic in their organisation, refusing a foreign one", async () => {
    const nadia = await applicant("nadia@toit.fr");
    const { organizationId } = await buildOrganization(services.db, {
      name: "Le Toit Partagé",
      ownerId: nadia.id,
    });
    const other = await buildOrganization(services.db, { name: "Autre structure" });

    const page = await client.call(intro.loader, { path: "/diagnostic", cookie: nadia.cookie });
    expect(page.data).toMatchObject({
      organizations: [{ id: organizationId, name: "Le Toit Partagé" }],
      activeOrganizationId: organizationId,
    });
    const refused = await client.call(intro.action, {
      path: "/diagnostic",
      form: { organizationId: other.organizationId },
      cookie: nadia.cookie,
    });
    expect(refused.status).toBe(404);

    const started = await client.call(intro.action, {
      path: "/diagnostic",
      form: { organizationId },
      cookie: nadia.cookie,
    });
    expect(started.status).toBe(302);
    const [row] = await services.db
      .select({ organizationId: diagnostics.organizationId, createdBy: diagnostics.createdBy })
      .from(diagnostics)
      .where(eq(diagnostics.createdBy, nadia.id));
    expect(row).toEqual({ organizationId, createdBy: nadia.id });
  });

  it("lets a member save an anonymous result; a non-member cannot, and then sees 404", async () => {
    const karim = await applicant("karim@jardins.fr");
    const { organizationId } = await buildOrganization(services.db, {
      name: "Les Jardins Solidaires",
      ownerId: karim.id,
      employees: 4,
    });
    const stranger = await applicant("stranger@ailleurs.fr");
    await buildOrganization(services.db, { name: "Ailleurs", ownerId: stranger.id });
    const { id, token } = await buildDiagnostic(services.db);

    // Anyone with the link sees an unsaved result; a signed-in member is offered to save it.
    expect((await resultOf(token)).data).toMatchObject({ save: { kind: "visitor" } });
    expect((await resultOf(token, karim.cookie)).data).toMatchObject({
      save: { kind: "member", organizations: [{ id: organizationId }] },
    });

    // The stranger posts Karim's organisation id: refused as if it did not exist.
    const forged = await client.call(result.action, {
      path: `/diagnostic/${token}/resultat`,
      params: { token },
      form: { intent: "attach", organizationId },
      cookie: stranger.cookie,
    });
    expect(forged.status).toBe(404);

    const saved = await client.call(result.action, {
      path: `/diagnostic/${token}/resultat`,
      params: { token },
      form: { intent: "attach", organizationId },
      cookie: karim.cookie,
    });
    expect(saved).toMatchObject({
      status: 302,
      location: `/diagnostic/${token}/resultat#diagnostic-saved`,
    });
    expect(saved.setCookies.some((cookie) => cookie.startsWith("notice="))).toBe(true);
    const [row] = await services.db
      .select({
        organizationId: diagnostics.organizationId,
        sizeBand: diagnostics.sizeBand,
        createdBy: diagnostics.createdBy,
      })
      .from(diagnostics)
      .where(eq(diagnostics.id, id));
    expect(row).toEqual({ organizationId, sizeBand: "from_3_to_9", createdBy: karim.id });
    const [event] = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, id),
          eq(auditEvents.action, "diagnostic.organization_attached"),
        ),
      );
    expect(event).toMatchObject({
      actorId: karim.id,
      entityType: "diagnostic",
      after: { organizationId, sizeBand: "from_3_to_9" },
    });

    // Saved: the link alone no longer opens it; the stranger and visitors get 404 / sign-in.
    expect((await resultOf(token, karim.cookie)).data).toMatchObject({
      save: { kind: "saved", organizationName: "Les Jardins Solidaires" },
    });
    expect((await resultOf(token, stranger.cookie)).status).toBe(404);
    expect(await resultOf(token)).toMatchObject({
      status: 302,
      location: `/connexion?redirectTo=${encodeURIComponent(`/diagnostic/${token}/resultat`)}`,
    });
    const pdf = await client.call(resultPdf.loader, {
      path: `/diagnostic/${token}/resultat.pdf`,
      params: { token },
      cookie: stranger.cookie,
    });
    expect(pdf.status).toBe(404);
    // For a member, the link's PDF names the saved result's page as its accessible version.
    const memberLinkPdf = await client.call(resultPdf.loader, {
      path: `/diagnostic/${token}/resultat.pdf`,
      params: { token },
      cookie: karim.cookie,
    });
    expect(
      pdfText(Buffer.from(await (memberLinkPdf.response as Response).arrayBuffer())),
    ).toContain(
      `agrandissement du texte) : ${new URL(`/espace/diagnostics/${id}`, services.env.APP_URL)} Cette page est réservée aux membres de Les Jardins Solidaires`,
    );

    // Saving it again elsewhere is refused.
    const elsewhere = await buildOrganization(services.db, { ownerId: karim.id, name: "Bis" });
    const again = await client.call(result.action, {
      path: `/diagnostic/${token}/resultat`,
      params: { token },
      form: { intent: "attach", organizationId: elsewhere.organizationId },
      cookie: karim.cookie,
    });
    expect(again.status).toBe(404);
  });

  it("remembers a visitor's result through sign-up and saves it from the organisation's space", async () => {
    const { token } = await buildDiagnostic(services.db, {
      answers: buildDiagnosticAnswers(bank, { level: 1 }),
    });
    const signUp = await client.call(result.action, {
      path: `/diagnostic/${token}/resultat`,
      params: { token },
      form: { intent: "sign-up" },
    });
    expect(signUp).toMatchObject({ status: 302, location: "/inscription" });
    expect(signUp.setCookies[0]).toMatch(
      /^digitess_diagnostic=[\w-]{32}; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax$/,
    );
    const remembered = cookiePairs(signUp.setCookies);

    // Later, signed in with a brand-new account and an organisation.
    const amina = await applicant("amina@nouvelle.fr");
    const { organizationId } = await buildOrganization(services.db, {
      name: "Nouvelle asso",
      ownerId: amina.id,
      employees: 0,
    });
    const cookie = joinCookies(amina.cookie, remembered);
    const before = await client.call(space.loader, { path: "/espace/diagnostics", cookie });
    expect(before.data).toMatchObject({
      selected: { id: organizationId },
      pending: { globalScore: 25 },
      table: { columns: [] },
    });
    const saved = await client.call(space.action, {
      path: "/espace/diagnostics",
      form: { intent: "attach", organizationId },
      cookie,
    });
    expect(saved.location).toBe(`/espace/diagnostics?structure=${organizationId}`);
    expect(saved.setCookies.some((cookie) => cookie.startsWith("notice="))).toBe(true);
    expect(saved.setCookies[0]).toMatch(/^digitess_diagnostic=; Path=\/; Max-Age=0/);
    const after = await client.call(space.loader, {
      path: `/espace/diagnostics?structure=${organizationId}`,
      cookie: amina.cookie,
    });
    expect(after.data).toMatchObject({
      pending: null,
      table: { global: { scores: [25] } },
    });
  });

  it("lets a visitor who already has an account sign in and come back to the result", async () => {
    const { token } = await buildDiagnostic(services.db);
    const signIn = await client.call(result.action, {
      path: `/diagnostic/${token}/resultat`,
      params: { token },
      form: { intent: "sign-in" },
    });
    expect(signIn.location).toBe(
      `/connexion?redirectTo=${encodeURIComponent(`/diagnostic/${token}/resultat`)}`,
    );
  });

  it("offers to register an organisation to a member who has none", async () => {
    const lone = await applicant("lone@seul.fr");
    const { token } = await buildDiagnostic(services.db);
    expect((await resultOf(token, lone.cookie)).data).toMatchObject({
      save: { kind: "no_organization" },
    });
    expect(
      (await client.call(space.loader, { path: "/espace/diagnostics", cookie: lone.cookie })).data,
    ).toMatchObject({
      organizations: [],
      selected: null,
      table: null,
    });
  });
});

describe("the organisation's space", () => {
  it("shows its diagnostics side by side with the gain, and only to its members", async () => {
    const owner = await applicant("owner@progres.fr");
    const { organizationId } = await buildOrganization(services.db, {
      name: "Progrès",
      ownerId: owner.id,
      employees: 1,
    });
    const first = await buildDiagnostic(services.db, {
      organizationId,
      employees: 1,
      answers: buildDiagnosticAnswers(bank, { levels: [1, 1, 2, 0, 1, 2, 2, 1] }),
      completedAt: new Date("2025-03-10T10:00:00Z"),
    });
    const second = await buildDiagnostic(services.db, {
      organizationId,
      employees: 1,
      answers: buildDiagnosticAnswers(bank, { levels: [3, 2, 3, 2, 3, 2, 3, 2] }),
      completedAt: new Date("2026-03-10T10:00:00Z"),
    });
    // An unfinished diagnostic is not listed.
    await buildDiagnostic(services.db, { organizationId, completed: false });

    const page = await client.call(space.loader, {
      path: "/espace/diagnostics",
      cookie: owner.cookie,
    });
    const table = (page.data as { table: ProgressTable }).table;
    expect(table.columns.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(table.dimensions.map((row) => [row.id, row.scores, row.gain])).toEqual([
      ["strategy", [25, 75], 50],
      ["equipment", [25, 50], 25],
      ["online_presence", [50, 75], 25],
      ["data", [0, 50], 50],
      ["security", [25, 75], 50],
      ["skills", [50, 50], 0],
      ["beneficiaries", [50, 75], 25],
      ["responsible", [25, 50], 25],
    ]);
    // (25+25+50+0+25+50+50+25)/8 = 31.25 -> 31; (75+50+75+50+75+50+75+50)/8 = 62.5 -> 63.
    expect(table.global).toEqual({ id: "global", scores: [31, 63], gain: 32, median: null });
    expect(page.data).toMatchObject({ median: { kind: "too_few" } });

    // Each saved result opens by its id, for members only.
    const opened = await client.call(organizationResult.loader, {
      path: `/espace/diagnostics/${first.id}`,
      params: { id: first.id },
      cookie: owner.cookie,
    });
    expect(opened.data).toMatchObject({
      view: { globalScore: 31 },
      save: { kind: "saved", organizationName: "Progrès" },
      resumeUrl: null,
    });
    const outsider = await applicant("outsider@ailleurs.fr");
    for (const fn of [organizationResult.loader, organizationResultPdf.loader]) {
      const denied = await client.call(fn, {
        path: `/espace/diagnostics/${first.id}`,
        params: { id: first.id },
        cookie: outsider.cookie,
      });
      expect(denied.status).toBe(404);
    }
    const asked = await client.call(space.loader, {
      path: `/espace/diagnostics?structure=${organizationId}`,
      cookie: outsider.cookie,
    });
    expect(asked.status).toBe(404);
    const memberPdf = await client.call(organizationResultPdf.loader, {
      path: `/espace/diagnostics/${second.id}/resultat.pdf`,
      params: { id: second.id },
      cookie: owner.cookie,
    });
    expect(memberPdf.response?.headers.get("content-type")).toBe("application/pdf");
    // Its accessible version: the result's page in the structure's space, for its members.
    const memberText = pdfText(Buffer.from(await (memberPdf.response as Response).arrayBuffer()));
    expect(memberText).toContain(
      `agrandissement du texte) : ${new URL(`/espace/diagnostics/${second.id}`, services.env.APP_URL)} Cette page est réservée aux membres de`,
    );
  });

  it("shows the median of similar organisations only from 10 of them", async () => {
    const owner = await applicant("owner@mediane.fr");
    const { organizationId } = await buildOrganization(services.db, {
      name: "Médiane",
      ownerId: owner.id,
      employees: 20,
    });
    await buildDiagnostic(services.db, { organizationId, employees: 20 });
    const page = () =>
      client.call(space.loader, { path: "/espace/diagnostics", cookie: owner.cookie });

    // Nine similar organisations (10 to 49 employees), an older diagnostic of one of them, and
    // organisations of other sizes: not enough.
    const similar: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      const { organizationId: id } = await buildOrganization(services.db, { employees: 30 });
      similar.push(id);
      await buildDiagnostic(services.db, {
        organizationId: id,
        employees: 30,
        answers: buildDiagnosticAnswers(bank, { level: (i % 5) as 0 | 1 | 2 | 3 | 4 }),
      });
    }
    await buildDiagnostic(services.db, {
      organizationId: similar[0],
      employees: 30,
      answers: buildDiagnosticAnswers(bank, { level: 4 }),
      completedAt: new Date("2020-01-01T00:00:00Z"),
    });
    for (let i = 0; i < 3; i += 1) {
      const { organizationId: id } = await buildOrganization(services.db, { employees: 2 });
      await buildDiagnostic(services.db, { organizationId: id, employees: 2 });
    }
    expect((await page()).data).toMatchObject({
      median: { kind: "too_few" },
      table: { global: { median: null } },
    });

    // The tenth similar organisation: the median shows.
    const { organizationId: tenth } = await buildOrganization(services.db, { employees: 12 });
    await buildDiagnostic(services.db, {
      organizationId: tenth,
      employees: 12,
      answers: buildDiagnosticAnswers(bank, { level: 4 }),
    });
    const shown = await page();
    // Latest levels 0,1,2,3,4,0,1,2,3 and 4 -> scores 0,25,50,75,100,0,25,50,75,100: median 50.
    expect(shown.data).toMatchObject({
      median: { kind: "shown", count: 10, bandKey: "diagnostic.sizeBand.from10To49" },
      table: { global: { median: 50 } },
    });
    const rows = (shown.data as { table: ProgressTable }).table.dimensions;
    expect(rows.every((row) => row.median === 50)).toBe(true);
  });
});
