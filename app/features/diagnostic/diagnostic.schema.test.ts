import { describe, expect, it } from "vitest";
import { diagnosticBodySchema, parseDiagnosticAnswers } from "./diagnostic.schema";
import { buildAnswers } from "./test-fixtures";

/** Errors of a body that must be refused. */
function errorsOf(input: unknown, locale: "fr" | "en" = "fr") {
  const result = parseDiagnosticAnswers(input, locale);
  if (result.ok) throw new Error("expected the body to be refused");
  return result.errors;
}

describe("parseDiagnosticAnswers: valid bodies", () => {
  it("accepts a complete body with 'na' on B3 and R2", () => {
    const answers = { ...buildAnswers({ level: 3, P1: 2, P2: 1 }), B3: "na", R2: "na" };
    const result = parseDiagnosticAnswers({ version: "2026-1", answers });
    expect(result).toEqual({ ok: true, value: { version: "2026-1", answers } });
  });

  it("accepts a body decoded from JSON text", () => {
    const body = JSON.parse(JSON.stringify({ version: "2026-1", answers: buildAnswers() }));
    expect(parseDiagnosticAnswers(body).ok).toBe(true);
  });
});

describe("parseDiagnosticAnswers: errors by question", () => {
  it("reports a missing answer", () => {
    const answers = buildAnswers();
    delete answers.B1;
    expect(errorsOf({ version: "2026-1", answers })).toEqual([
      { question: "B1", code: "missing", message: "Merci de répondre à cette question." },
    ]);
  });

  it.each([
    ["S2", 5, "out_of_range"],
    ["S2", -1, "out_of_range"],
    ["E1", 2.5, "not_integer"],
    ["O2", "2", "invalid_type"],
    ["D3", true, "invalid_type"],
    ["C4", "na", "na_not_allowed"],
    ["K2", null, "missing"],
    ["P1", 3, "out_of_range"],
    ["P2", -1, "out_of_range"],
    ["P2", "na", "na_not_allowed"],
    ["P1", 1.5, "not_integer"],
  ] as const)("reports %s = %j as %s", (question, value, code) => {
    const errors = errorsOf({
      version: "2026-1",
      answers: { ...buildAnswers(), [question]: value },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ question, code });
    expect(errors[0]?.message).toMatch(/^[A-ZÀ-Ý].*\.$/);
  });

  it("explains the allowed range: 0 to 4 for a level, three answers for P1 and P2", () => {
    const errors = errorsOf({ version: "2026-1", answers: { ...buildAnswers(), S1: 7, P1: 7 } });
    expect(errors).toEqual([
      {
        question: "S1",
        code: "out_of_range",
        message: "Cette réponse n'est pas valable : le niveau doit être compris entre 0 et 4.",
      },
      {
        question: "P1",
        code: "out_of_range",
        message: "Cette réponse n'est pas valable : choisissez une des trois réponses proposées.",
      },
    ]);
  });

  it("reports 'na' where it is not allowed with a French sentence", () => {
    const errors = errorsOf({ version: "2026-1", answers: { ...buildAnswers(), B1: "na" } });
    expect(errors).toEqual([
      {
        question: "B1",
        code: "na_not_allowed",
        message: "La réponse « Non concerné » n'est pas possible pour cette question.",
      },
    ]);
  });

  it("reports an unknown question id", () => {
    const errors = errorsOf({ version: "2026-1", answers: { ...buildAnswers(), X1: 2 } });
    expect(errors).toEqual([
      {
        question: "X1",
        code: "unknown_question",
        message: "Cette question ne fait pas partie du questionnaire.",
      },
    ]);
  });

  it("reports every problem at once, in questionnaire order", () => {
    const answers: Record<string, unknown> = { ...buildAnswers(), R4: 9, S3: "na", Q9: 0 };
    delete answers.K3;
    expect(errorsOf({ version: "2026-1", answers }).map((e) => `${e.question}:${e.code}`)).toEqual([
      "S3:na_not_allowed",
      "K3:missing",
      "R4:out_of_range",
      "Q9:unknown_question",
    ]);
  });

  it("reports all 34 questions as missing for empty answers", () => {
    const errors = errorsOf({ version: "2026-1", answers: {} });
    expect(errors).toHaveLength(34);
    expect(errors.every((e) => e.code === "missing")).toBe(true);
    expect(errors.map((e) => e.question).slice(-3)).toEqual(["R4", "P1", "P2"]);
  });

  it("gives the messages in English on request", () => {
    const answers = buildAnswers();
    delete answers.B1;
    expect(errorsOf({ version: "2026-1", answers }, "en")).toEqual([
      { question: "B1", code: "missing", message: "Please answer this question." },
    ]);
  });
});

describe("parseDiagnosticAnswers: body-level errors", () => {
  it("reports an unknown version without checking the answers", () => {
    expect(errorsOf({ version: "2024-9", answers: {} })).toEqual([
      {
        question: null,
        code: "unknown_version",
        message: "Cette version du questionnaire n'existe pas : merci de recharger la page.",
      },
    ]);
    expect(errorsOf({ version: "toString", answers: buildAnswers() })[0]?.code).toBe(
      "unknown_version",
    );
  });

  it("reports a missing version", () => {
    expect(errorsOf({ answers: buildAnswers() })).toEqual([
      expect.objectContaining({ question: null, code: "unknown_version" }),
    ]);
  });

  it.each([
    ["a number", 42],
    ["null", null],
    ["answers as a list", { version: "2026-1", answers: [1, 2, 3] }],
    ["no answers", { version: "2026-1" }],
  ])("reports an unreadable body (%s)", (_, input) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.code === "invalid_body" && e.question === null)).toBe(true);
  });

  it("does not let a '__proto__' key pass as an answer", () => {
    const body = JSON.parse(
      `{"version":"2026-1","answers":${JSON.stringify(buildAnswers()).replace("{", '{"__proto__":{"S1":1},')}}`,
    );
    const result = parseDiagnosticAnswers(body);
    if (result.ok) {
      expect(Object.keys(result.value.answers)).not.toContain("__proto__");
    } else {
      expect(result.errors.map((e) => e.code)).toEqual(["unknown_question"]);
    }
  });
});

describe("diagnosticBodySchema", () => {
  it("puts answer issues at the path answers.<question id> for form libraries", () => {
    const result = diagnosticBodySchema.safeParse({
      version: "2026-1",
      answers: { ...buildAnswers(), E3: 8 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["answers", "E3"]]);
  });
});
