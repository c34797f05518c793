import { describe, expect, it } from "vitest";
import { openApiPaths } from "./openapi";
import { getQuestionBank } from "./question-bank";
import {
  invalidBodyResponse,
  scoreApiBody,
  scoreExamples,
  scoreRequestSchema,
  scoreResponseSchema,
} from "./score-api";
import { buildAnswers } from "./test-fixtures";

const resolve = (version: string) => getQuestionBank(version);

describe("scoreApiBody", () => {
  it("answers the scores in the documented shape", () => {
    const answers = { ...buildAnswers({ level: 3, P1: 2, P2: 1 }), B3: "na" };
    const result = scoreApiBody({ version: "2026-1", answers }, resolve);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      version: "2026-1",
      dimensions: [
        { id: "strategy", score: 75 },
        { id: "equipment", score: 75 },
        { id: "online_presence", score: 75 },
        { id: "data", score: 75 },
        { id: "security", score: 75 },
        { id: "skills", score: 75 },
        { id: "beneficiaries", score: 75 },
        { id: "responsible", score: 75 },
      ],
      globalScore: 75,
      level: "avance",
      recommendedLevel: "production",
    });
    expect(scoreResponseSchema.safeParse(result.body).success).toBe(true);
  });

  it("answers the issue's example, computed by hand", () => {
    expect(scoreApiBody(scoreExamples.request, resolve)).toEqual({
      status: 200,
      body: scoreExamples.response,
    });
    expect(scoreRequestSchema.safeParse(scoreExamples.request).success).toBe(true);
  });

  it("answers 400 naming every question in error", () => {
    const answers: Record<string, unknown> = { ...buildAnswers(), S2: 7, C1: "na" };
    delete answers.P2;
    expect(scoreApiBody({ version: "2026-1", answers }, resolve)).toEqual({
      status: 400,
      body: {
        message:
          "Des réponses manquent ou ne sont pas valables pour les questions suivantes : S2, C1, P2.",
        errors: [
          {
            field: "answers.S2",
            message: "Cette réponse n'est pas valable : le niveau doit être compris entre 0 et 4.",
          },
          {
            field: "answers.C1",
            message: "La réponse « Non concerné » n'est pas possible pour cette question.",
          },
          { field: "answers.P2", message: "Merci de répondre à cette question." },
        ],
      },
    });
  });

  it("answers 400 for an unknown or missing version", () => {
    for (const body of [
      { version: "1999-1", answers: buildAnswers() },
      { version: 2026, answers: {} },
      { answers: {} },
    ]) {
      const result = scoreApiBody(body, resolve);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ errors: [{ field: "version" }] });
    }
  });

  it.each([null, [], "texte", 42, { version: "2026-1" }, { version: "2026-1", answers: [] }])(
    "answers 400 on the whole body for %j",
    (body) => {
      expect(scoreApiBody(body, resolve)).toMatchObject({
        status: 400,
        body: { errors: [{ field: "body" }] },
      });
    },
  );

  it("speaks English on request", () => {
    const answer = invalidBodyResponse("en");
    expect(answer.status === 400 && answer.body.message).toMatch(/^The questionnaire sent/);
  });
});

describe("openApiPaths", () => {
  it("documents POST /diagnostic/score with schemas from the Zod schemas and the examples", () => {
    const post = openApiPaths.paths["/diagnostic/score"]?.post;
    expect(post?.operationId).toBe("scoreDiagnostic");
    expect(Object.keys(post?.responses ?? {})).toEqual(["200", "400"]);
    expect(openApiPaths.schemas.DiagnosticScoreRequest?.schema).toBe(scoreRequestSchema);
    expect(openApiPaths.schemas.DiagnosticScoreResponse?.schema).toBe(scoreResponseSchema);
    expect(scoreResponseSchema.parse(scoreExamples.response)).toEqual(scoreExamples.response);
  });
});
