/**
 * Taking the diagnostic through its routes on a real database: answers kept between steps (also
 * going back), resume by the link, validation naming the questions, completion and result, PDF,
 * and every change audited.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as intro from "~/routes/diagnostic/intro";
import * as result from "~/routes/diagnostic/result";
import * as resultPdf from "~/routes/diagnostic/result-pdf";
import * as step from "~/routes/diagnostic/step";
import type { Services } from "~/services.server";
import { auditEvents, diagnostics } from "../../../db/schema";
import { buildDiagnosticAnswers } from "../../../tests/factories/diagnostics";
import { pdfText } from "../../../tests/support/pdf-text";
import { createRouteClient, type RouteOutcome } from "../../../tests/support/route-client";
import { createTestServices } from "../../../tests/support/test-services";
import { getQuestionBank } from "./question-bank";
import type { ResultView } from "./result-view";
import { stepQuestions } from "./steps";

let services: Services & { dataDir: string };
let client: ReturnType<typeof createRouteClient>;
const bank = getQuestionBank("2026-1");

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
});
afterAll(async () => {
  await services.close();
});

/** Starts a diagnostic as a visitor and returns its token. */
async function start(cookie?: string): Promise<string> {
  const started = await client.call(intro.action, { path: "/diagnostic", form: {}, cookie });
  expect(started.status).toBe(302);
  const match = /^\/diagnostic\/([A-Za-z0-9_-]{32})\/etape\/1$/.exec(started.location ?? "");
  expect(match).not.toBeNull();
  return match?.[1] as string;
}

/** Posts one step with the given answers and intent. */
function post(token: string, number: number, form: Record<string, string>, intent = "next") {
  return client.call(step.action, {
    path: `/diagnostic/${token}/etape/${number}`,
    params: { token, step: String(number) },
    form: { ...form, intent },
  });
}

/** The form fields of a step, from a complete answer set. */
function stepForm(answers: Record<string, number | string>, number: number) {
  return Object.fromEntries(stepQuestions(bank, number).map((q) => [q.id, String(answers[q.id])]));
}

function openStep(token: string, number: number): Promise<RouteOutcome> {
  return client.call(step.loader, {
    path: `/diagnostic/${token}/etape/${number}`,
    params: { token, step: String(number) },
  });
}

describe("taking the diagnostic without an account", () => {
  it("shows the intro with 8 themes in 9 steps", async () => {
    const page = await client.call(intro.loader, { path: "/diagnostic" });
    expect(page.data).toEqual({
      dimensionCount: 8,
      stepCount: 9,
      organizations: null,
      activeOrganizationId: null,
      messages: expect.any(Object),
    });
  });

  it("keeps answers between steps, going back and forward, and resumes by the link", async () => {
    const token = await start();
    const answers = buildDiagnosticAnswers(bank, {
      levels: [3, 2, 4, 1, 0, 2, 3, 2],
      P1: 2,
      P2: 1,
    });

    expect(await post(token, 1, stepForm(answers, 1))).toMatchObject({
      status: 302,
      location: `/diagnostic/${token}/etape/2`,
    });
    // Step 2 half answered, then "Précédent": what was answered is kept.
    const partial = { E1: "2", E2: "2" };
    expect(await post(token, 2, partial, "previous")).toMatchObject({
      location: `/diagnostic/${token}/etape/1`,
    });
    const back = await openStep(token, 1);
    expect((back.data as { values: unknown }).values).toEqual({
      S1: "3",
      S2: "3",
      S3: "3",
      S4: "3",
    });
    const again = await openStep(token, 2);
    expect((again.data as { values: unknown }).values).toEqual(partial);

    // "Enregistrer et continuer plus tard": saved, and the page gives the link to come back.
    const saved = await post(token, 2, { E3: "1" }, "save");
    expect(saved).toMatchObject({ location: `/diagnostic/${token}/etape/2` });
    expect(saved.setCookies.some((cookie) => cookie.startsWith("notice="))).toBe(true);
    const resumed = await client.call(step.loader, {
      path: `/diagnostic/${token}/etape/2`,
      params: { token, step: "2" },
    });
    expect(resumed.data).toMatchObject({
      incomplete: false,
      values: { E1: "2", E2: "2", E3: "1" },
      resumeUrl: `http://localhost:3999/diagnostic/${token}/etape/2`,
      count: 9,
      dimensionTitle: "Équipement et outils de travail",
    });
  });

  it("refuses 'Suivant' with unanswered or invalid questions and names them", async () => {
    const token = await start();
    const refused = await post(token, 7, { B1: "2", B3: "na", B4: "9" });
    expect(refused.status).toBe(400);
    expect(refused.data).toEqual({
      errors: { B2: "unanswered", B4: "invalid" },
      values: { B1: "2", B3: "na" },
    });
    // What was valid is saved anyway.
    const page = await openStep(token, 7);
    expect((page.data as { values: unknown }).values).toEqual({ B1: "2", B3: "na" });
    // "na" is refused where it is not allowed.
    const na = await post(token, 1, { S1: "na", S2: "1", S3: "1", S4: "1" });
    expect(na.data).toMatchObject({ errors: { S1: "invalid" } });
  });

  it("completes after the last step, shows the result and its PDF", async () => {
    const token = await start();
    const answers = buildDiagnosticAnswers(bank, {
      levels: [3, 3, 4, 2, 1, 3, 3, 2],
      notApplicable: ["B3"],
      P1: 2,
      P2: 1,
    });
    for (let number = 1; number <= 8; number += 1) {
      expect((await post(token, number, stepForm(answers, number))).status).toBe(302);
    }
    const finished = await post(token, 9, stepForm(answers, 9));
    expect(finished.location).toBe(`/diagnostic/${token}/resultat`);

    const page = await client.call(result.loader, {
      path: `/diagnostic/${token}/resultat`,
      params: { token },
    });
    const view = (page.data as { view: ResultView }).view;
    // 75, 75, 100, 50, 25, 75, 75 (B3 "na"), 50 -> 525 / 8 = 65.6 -> 66.
    expect(view).toMatchObject({ globalScore: 66, level: "intermediaire" });
    expect(view.nextStep.level).toBe("production");
    expect(view.adviceOrder[0]).toMatchObject({ id: "security", score: 25, priority: true });
    expect(page.data).toMatchObject({
      save: { kind: "visitor" },
      pdfHref: `/diagnostic/${token}/resultat.pdf`,
    });

    // A completed diagnostic cannot be changed: its steps lead to the result.
    expect(await openStep(token, 3)).toMatchObject({
      status: 302,
      location: `/diagnostic/${token}/resultat`,
    });
    expect(await post(token, 3, { O1: "0" })).toMatchObject({
      location: `/diagnostic/${token}/resultat`,
    });

    const pdf = await client.call(resultPdf.loader, {
      path: `/diagnostic/${token}/resultat.pdf`,
      params: { token },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.response?.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.response?.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
    const bytes = Buffer.from(await (pdf.response as Response).arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(5_000);
    // Not saved to a structure: its accessible version is the result page of the link.
    const appUrl = services.env.APP_URL;
    const text = pdfText(bytes);
    expect(text).toContain(
      `(lecteur d'écran, agrandissement du texte) : ${new URL(`/diagnostic/${token}/resultat`, appUrl)} Toute personne qui a ce lien peut voir ce résultat`,
    );
    expect(text).toContain(
      `Demander cet accompagnement ${new URL("/espace/candidatures/nouvelle?echelon=production", appUrl)}`,
    );

    const [completed] = await services.db
      .select({ id: diagnostics.id })
      .from(diagnostics)
      .where(eq(diagnostics.status, "completed"));
    const events = await services.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, "diagnostic"),
          eq(auditEvents.entityId, completed?.id ?? ""),
        ),
      )
      .orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual([
      "diagnostic.started",
      ...Array.from({ length: 9 }, () => "diagnostic.answers_saved"),
      "diagnostic.completed",
    ]);
  });

  it("sends a skipped step back to be answered before the result", async () => {
    const token = await start();
    const answers = buildDiagnosticAnswers(bank);
    for (const number of [1, 2, 3, 5, 6, 7, 8])
      await post(token, number, stepForm(answers, number));
    expect(await post(token, 9, stepForm(answers, 9))).toMatchObject({
      location: `/diagnostic/${token}/etape/4?incomplet=1`,
    });
    const result404 = await client.call(result.loader, {
      path: `/diagnostic/${token}/resultat`,
      params: { token },
    });
    expect(result404).toMatchObject({ status: 302, location: `/diagnostic/${token}/etape/4` });
  });

  it("answers 404 for an unknown token, a malformed token or a step out of range", async () => {
    const token = await start();
    for (const [t, s] of [
      ["A".repeat(32), "1"],
      ["../../etc", "1"],
      [token, "0"],
      [token, "10"],
      [token, "deux"],
    ] as const) {
      const outcome = await client.call(step.loader, {
        path: `/diagnostic/${t}/etape/${s}`,
        params: { token: t, step: s },
      });
      expect(outcome.status, `${t} ${s}`).toBe(404);
    }
  });
});
