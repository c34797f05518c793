/**
 * The scoring API and the question bank versions on a real database: 200 / 400 naming the
 * questions and never 500 on garbage; an administrator publishes a version (audited) that new
 * diagnostics use while older results keep theirs, and comparisons across versions keep only
 * the dimensions.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "~/openapi";
import { checkJsonSchema, checkOpenApiDocument } from "~/platform/openapi";
import * as adminBanks from "~/routes/admin/diagnostic/question-banks";
import * as scoreRoute from "~/routes/api/v1/diagnostic-score";
import * as intro from "~/routes/diagnostic/intro";
import * as space from "~/routes/diagnostic/organization-diagnostics";
import * as step from "~/routes/diagnostic/step";
import type { Services } from "~/services.server";
import { auditEvents, diagnostics } from "../../../db/schema";
import { buildDiagnostic, buildDiagnosticAnswers } from "../../../tests/factories/diagnostics";
import { buildOrganization } from "../../../tests/factories/organizations";
import { createRouteClient } from "../../../tests/support/route-client";
import { signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import type { ProgressTable } from "./progress-view";
import { getQuestionBank, type QuestionBank } from "./question-bank";
import { scoreExamples } from "./score-api";
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

const score = (body: string, headers: Record<string, string> = {}) =>
  client.call(scoreRoute.action, {
    path: "/api/v1/diagnostic/score",
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

describe("POST /api/v1/diagnostic/score", () => {
  const document = openApiDocument("http://localhost:3999");
  const schemaOf = (name: string) => ({ $ref: `#/components/schemas/${name}` });

  it("is described in the OpenAPI document, which stays well formed", () => {
    expect(checkOpenApiDocument(document)).toEqual([]);
    const paths = document.paths as Record<string, unknown>;
    expect(paths["/api/v1/diagnostic/score"]).toBeDefined();
    expect(
      checkJsonSchema(scoreExamples.request, schemaOf("DiagnosticScoreRequest"), document),
    ).toEqual([]);
  });

  it("answers the scores of the issue's example, matching the documented schema", async () => {
    const answer = await score(JSON.stringify(scoreExamples.request));
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual(scoreExamples.response);
    expect(checkJsonSchema(answer.data, schemaOf("DiagnosticScoreResponse"), document)).toEqual([]);
  });

  it("answers 400 naming each question: missing, out of range, 'na' not allowed", async () => {
    const answers: Record<string, unknown> = { ...buildDiagnosticAnswers(bank), S3: 5, D1: "na" };
    delete answers.K2;
    const answer = await score(JSON.stringify({ version: "2026-1", answers }));
    expect(answer.status).toBe(400);
    expect(answer.data).toMatchObject({
      message: expect.stringContaining("S3, D1, K2"),
      errors: [{ field: "answers.S3" }, { field: "answers.D1" }, { field: "answers.K2" }],
    });
    expect(
      checkJsonSchema(answer.data, { $ref: "#/components/schemas/ApiError" }, document),
    ).toEqual([]);
  });

  it("never answers 500 on garbage", async () => {
    const bodies = [
      "",
      "not json",
      "null",
      "[]",
      '"text"',
      "{}",
      '{"version":"2026-1"}',
      '{"version":"2026-1","answers":null}',
      '{"version":"2026-1","answers":[1,2]}',
      '{"version":{"$gt":""},"answers":{}}',
      `{"version":"${"x".repeat(5000)}","answers":{}}`,
      '{"version":"2026-1","answers":{"__proto__":{"S1":1},"constructor":1}}',
      '{"version":"toString","answers":{}}',
      '{"version":"2026-1","answers":{"S1":1e400}}',
    ];
    for (const body of bodies) {
      const answer = await score(body);
      expect(answer.status, body.slice(0, 60)).toBe(400);
      expect((answer.data as { errors: unknown[] }).errors.length, body).toBeGreaterThan(0);
    }
    const huge = await score(
      JSON.stringify({ version: "2026-1", answers: { pad: "x".repeat(70_000) } }),
    );
    expect(huge.status).toBe(413);
    const get = await client.call(scoreRoute.loader, { path: "/api/v1/diagnostic/score" });
    expect(get.status).toBe(405);
    expect(get.response?.headers.get("allow")).toBe("POST");
  });

  it("speaks English when asked", async () => {
    const answer = await score("{}", { "accept-language": "en-GB,en;q=0.8" });
    expect((answer.data as { message: string }).message).toMatch(/^This version/);
  });
});

/** A new version: the built-in bank with another id and one reworded question. */
function newBank(version: string): QuestionBank {
  const copy = JSON.parse(JSON.stringify(bank)) as {
    version: string;
    dimensions: { questions: { text: string }[] }[];
  };
  copy.version = version;
  const question = copy.dimensions[0]?.questions[0];
  if (question) question.text = "Vos instances parlent-elles du numérique ?";
  return copy as unknown as QuestionBank;
}

describe("publishing a question bank version", () => {
  it("is for administrators only (404 for others)", async () => {
    const { cookie } = await signInAs(services, { email: "nadia@banks.fr", name: "Nadia" });
    const page = await client.call(adminBanks.loader, { path: "/admin/diagnostic", cookie });
    expect(page.status).toBe(404);
    const post = await client.call(adminBanks.action, {
      path: "/admin/diagnostic",
      form: { intent: "publish", json: JSON.stringify(newBank("2027-9")) },
      cookie,
    });
    expect(post.status).toBe(404);
  });

  it("previews, publishes (audited), and new diagnostics use the new version", async () => {
    const { id: adminId, cookie } = await signInAs(services, {
      email: "admin@banks.fr",
      name: "Admin",
      role: "admin",
    });
    const before = await client.call(adminBanks.loader, { path: "/admin/diagnostic", cookie });
    expect(before.data).toMatchObject({
      currentVersion: "2026-1",
      banks: [{ version: "2026-1", builtIn: true, current: true, questionCount: 32 }],
    });

    // Invalid JSON and invalid banks are explained, and the text is kept.
    const broken = await client.call(adminBanks.action, {
      path: "/admin/diagnostic",
      form: { intent: "preview", json: "{ oups" },
      cookie,
    });
    expect(broken).toMatchObject({
      status: 400,
      data: { json: "{ oups", issues: [{ message: "diagnostic.admin.error.notJson" }] },
    });
    const taken = await client.call(adminBanks.action, {
      path: "/admin/diagnostic",
      form: { intent: "preview", json: JSON.stringify(bank) },
      cookie,
    });
    expect(taken.data).toMatchObject({
      issues: [{ message: "diagnostic.admin.error.versionTaken", params: { version: "2026-1" } }],
    });

    // A file upload is read like pasted text.
    const upload = new FormData();
    upload.set("intent", "preview");
    upload.set("json", "");
    upload.set(
      "file",
      new File([JSON.stringify(newBank("2027-1"))], "banque.json", { type: "application/json" }),
    );
    const preview = await client.call(adminBanks.action, {
      path: "/admin/diagnostic",
      form: upload,
      cookie,
    });
    expect(preview.status).toBe(200);
    expect(preview.data).toMatchObject({ preview: { version: "2027-1" }, issues: [] });

    const published = await client.call(adminBanks.action, {
      path: "/admin/diagnostic",
      form: { intent: "publish", json: JSON.stringify(newBank("2027-1")) },
      cookie,
    });
    expect(published).toMatchObject({ status: 302, location: "/admin/diagnostic" });
    expect(published.setCookies.some((cookie) => cookie.startsWith("notice="))).toBe(true);
    const [event] = await services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, "question_bank_version"));
    expect(event).toMatchObject({
      actorId: adminId,
      entityId: "2027-1",
      action: "question_bank_version.published",
      after: { version: "2027-1", dimensions: 8, questions: 32 },
    });
    const twice = await client.call(adminBanks.action, {
      path: "/admin/diagnostic",
      form: { intent: "publish", json: JSON.stringify(newBank("2027-1")) },
      cookie,
    });
    expect(twice.status).toBe(400);

    const after = await client.call(adminBanks.loader, { path: "/admin/diagnostic", cookie });
    expect(after.data).toMatchObject({
      currentVersion: "2027-1",
      banks: [
        { version: "2026-1", current: false },
        { version: "2027-1", builtIn: false, current: true },
      ],
    });

    // A new diagnostic is taken with 2027-1 and shows the reworded question.
    const started = await client.call(intro.action, { path: "/diagnostic", form: {} });
    const token = (started.location ?? "").split("/")[2] as string;
    const first = await client.call(step.loader, {
      path: `/diagnostic/${token}/etape/1`,
      params: { token, step: "1" },
    });
    expect((first.data as { questions: { text: string }[] }).questions[0]?.text).toBe(
      "Vos instances parlent-elles du numérique ?",
    );
    const [row] = await services.db
      .select({ version: diagnostics.version })
      .from(diagnostics)
      .where(eq(diagnostics.status, "in_progress"));
    expect(row?.version).toBe("2027-1");

    // The API scores with the published version too.
    const api = await score(
      JSON.stringify({ version: "2027-1", answers: scoreExamples.request.answers }),
    );
    expect(api.data).toMatchObject({ version: "2027-1", globalScore: 66 });
  });

  it("compares only dimensions across versions", async () => {
    const { id: ownerId, cookie } = await signInAs(services, {
      email: "owner@versions.fr",
      name: "Owner",
    });
    const { organizationId } = await buildOrganization(services.db, { ownerId });
    await buildDiagnostic(services.db, {
      organizationId,
      answers: buildDiagnosticAnswers(bank, { level: 1 }),
      completedAt: new Date("2025-01-01T00:00:00Z"),
    });
    // The second one answered with 2027-1 through the routes (the factory knows built-in only).
    const started = await client.call(intro.action, {
      path: "/diagnostic",
      form: { organizationId },
      cookie,
    });
    const token = (started.location ?? "").split("/")[2] as string;
    const answers = buildDiagnosticAnswers(bank, { level: 3 });
    for (let number = 1; number <= 9; number += 1) {
      const form = Object.fromEntries(
        stepQuestions(bank, number).map((q) => [q.id, String(answers[q.id])]),
      );
      await client.call(step.action, {
        path: `/diagnostic/${token}/etape/${number}`,
        params: { token, step: String(number) },
        form: { ...form, intent: "next" },
        cookie,
      });
    }
    const page = await client.call(space.loader, { path: "/espace/diagnostics", cookie });
    const table = (page.data as { table: ProgressTable }).table;
    expect(table.versionsDiffer).toBe(true);
    expect(table.global).toMatchObject({ scores: [25, 75], gain: null });
    expect(table.dimensions.every((row) => row.gain === 50)).toBe(true);
  });
});
