/**
 * The public scoring API `POST /api/v1/diagnostic/score`, as a pure function from a decoded body
 * to a status and a JSON body: 200 with the scores, or 400 naming every question in error.
 */
import { z } from "zod";
import { interpolate, type Locale } from "~/platform/i18n/types";
import { diagnosticErrorMessage, parseDiagnosticAnswers } from "./diagnostic.schema";
import { maturityLevels } from "./maturity";
import { en, fr } from "./messages";
import { recommendedLevels } from "./next-step";
import { dimensionIds, type QuestionBank } from "./question-bank";
import { scoreDiagnostic } from "./scoring";

const catalogues = { fr, en } as const;

/** The example request and answer, shown in the OpenAPI document and checked by tests. */
export const scoreExamples = {
  request: {
    version: "2026-1",
    answers: {
      S1: 3,
      S2: 3,
      S3: 3,
      S4: 3,
      E1: 3,
      E2: 3,
      E3: 3,
      E4: 3,
      O1: 4,
      O2: 4,
      O3: 4,
      O4: 4,
      D1: 2,
      D2: 2,
      D3: 2,
      D4: 2,
      C1: 1,
      C2: 1,
      C3: 1,
      C4: 1,
      K1: 3,
      K2: 3,
      K3: 3,
      K4: 3,
      B1: 3,
      B2: 3,
      B3: "na",
      B4: 3,
      R1: 2,
      R2: 2,
      R3: 2,
      R4: 2,
      P1: 2,
      P2: 1,
    },
  },
  response: {
    version: "2026-1",
    dimensions: [
      { id: "strategy", score: 75 },
      { id: "equipment", score: 75 },
      { id: "online_presence", score: 100 },
      { id: "data", score: 50 },
      { id: "security", score: 25 },
      { id: "skills", score: 75 },
      { id: "beneficiaries", score: 75 },
      { id: "responsible", score: 50 },
    ],
    globalScore: 66,
    level: "intermediaire",
    recommendedLevel: "production",
  },
} as const;

/** Schema of the request body, for the documentation (the handler checks it against the bank). */
export const scoreRequestSchema = z.object({
  version: z.string().meta({ description: "Version du questionnaire, par exemple 2026-1." }),
  answers: z
    .object({})
    .catchall(z.union([z.int().min(0).max(4), z.literal("na")]))
    .meta({
      description:
        "Une réponse par question, toutes obligatoires : S1 à R4 de 0 à 4, ou « na » (non concerné) là où la question le permet (B3 et R2 en 2026-1) ; P1 et P2 de 0 à 2.",
    }),
});

/** Schema of a 200 answer. */
export const scoreResponseSchema = z.object({
  version: z.string(),
  dimensions: z.array(
    z.object({
      id: z.enum(dimensionIds),
      score: z
        .int()
        .min(0)
        .max(100)
        .nullable()
        .meta({ description: "null quand toutes les réponses du thème sont « na »." }),
    }),
  ),
  globalScore: z.int().min(0).max(100),
  level: z.enum(maturityLevels),
  recommendedLevel: z.enum(recommendedLevels),
});

export type ScoreResponse = z.infer<typeof scoreResponseSchema>;

/** The error body of the public API (the shape of app/platform/openapi, shared by every feature). */
export interface ScoreErrorBody {
  readonly message: string;
  /** One entry per problem: `field` is "answers.<question id>", "version" or "body". */
  readonly errors: readonly { readonly field: string; readonly message: string }[];
}

export type ScoreApiResult =
  | { readonly status: 200; readonly body: ScoreResponse }
  | { readonly status: 400; readonly body: ScoreErrorBody };

/** The 400 answer for a body that is not a JSON object with a version and answers. */
export function invalidBodyResponse(locale: Locale = "fr"): ScoreApiResult {
  const message = diagnosticErrorMessage("invalid_body", null, locale);
  return { status: 400, body: { message, errors: [{ field: "body", message }] } };
}

/** Scores a decoded request body with the bank `resolveBank` finds for its version. */
export function scoreApiBody(
  input: unknown,
  resolveBank: (version: string) => QuestionBank | undefined,
  locale: Locale = "fr",
): ScoreApiResult {
  const parsed = parseDiagnosticAnswers(input, locale, resolveBank);
  if (!parsed.ok) {
    const bodyError = parsed.errors.find((e) => e.question === null);
    if (bodyError) {
      const field = bodyError.code === "unknown_version" ? "version" : "body";
      return {
        status: 400,
        body: { message: bodyError.message, errors: [{ field, message: bodyError.message }] },
      };
    }
    const questions = parsed.errors.map((e) => e.question);
    const template = catalogues[locale]["diagnostic.error.invalidAnswers"];
    return {
      status: 400,
      body: {
        message: interpolate(template, { questions: questions.join(", ") }),
        errors: parsed.errors.map((e) => ({ field: `answers.${e.question}`, message: e.message })),
      },
    };
  }
  const bank = resolveBank(parsed.value.version);
  const scored = bank ? scoreDiagnostic(bank, parsed.value.answers) : null;
  if (!scored?.ok) return invalidBodyResponse(locale);
  const { version, dimensions, globalScore, level, recommendedLevel } = scored.value;
  return {
    status: 200,
    body: {
      version,
      dimensions: dimensions.map((d) => ({ id: d.id, score: d.score })),
      globalScore,
      level,
      recommendedLevel,
    },
  };
}
