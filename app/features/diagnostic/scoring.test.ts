import { describe, expect, it } from "vitest";
import { dimensionIds, type QuestionBank } from "./question-bank";
import { type DiagnosticScore, scoreDiagnostic } from "./scoring";
import { bank, buildAnswers } from "./test-fixtures";

/** Scores answers with the current bank and fails the test on a validation error. */
function score(answers: Record<string, unknown>): DiagnosticScore {
  const result = scoreDiagnostic(bank, answers);
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Reads the score of one dimension from a result. */
function dimensionScore(result: DiagnosticScore, id: string): number | null | undefined {
  return result.dimensions.find((d) => d.id === id)?.score;
}

describe("scoreDiagnostic: hand-computed cases", () => {
  it("scores 0 everywhere when every answer is level 0", () => {
    const result = score(buildAnswers({ level: 0, P1: 2, P2: 2 }));
    expect(result.version).toBe("2026-1");
    expect(result.dimensions).toEqual(dimensionIds.map((id) => ({ id, score: 0 })));
    expect(result.globalScore).toBe(0);
    expect(result.level).toBe("debutant");
    expect(result.priorities).toEqual([...dimensionIds]);
    expect(result.recommendedLevel).toBe("diagnostic");
    expect(result.reason).toBe("low_maturity");
  });

  it("scores 100 everywhere when every answer is level 4", () => {
    const result = score(buildAnswers({ level: 4, P1: 2, P2: 1 }));
    expect(result.dimensions.every((d) => d.score === 100)).toBe(true);
    expect(result.globalScore).toBe(100);
    expect(result.level).toBe("avance");
    expect(result.priorities).toEqual([]);
    expect(result.recommendedLevel).toBe("production");
    expect(result.reason).toBe("specified_with_owner");
  });

  it("leaves 'not applicable' out of the dimension average", () => {
    // B1 1, B2 2, B3 na, B4 2: 5 / (4 x 3) x 100 = 41.67 -> 42.
    const result = score(
      buildAnswers({ level: 4, dimensions: { beneficiaries: [1, 2, "na", 2] } }),
    );
    expect(dimensionScore(result, "beneficiaries")).toBe(42);
    // R1 4, R2 na, R3 4, R4 4: 100, not 75.
    const responsible = score(
      buildAnswers({ level: 4, dimensions: { responsible: [4, "na", 4, 4] } }),
    );
    expect(dimensionScore(responsible, "responsible")).toBe(100);
    expect(responsible.globalScore).toBe(100);
  });

  it("rounds dimension scores half up (62.5 -> 63, 37.5 -> 38, 12.5 -> 13, 87.5 -> 88)", () => {
    const result = score(
      buildAnswers({
        dimensions: {
          strategy: [2, 3, 2, 3],
          equipment: [1, 2, 1, 2],
          online_presence: [1, 1, 0, 0],
          data: [4, 4, 3, 3],
          security: [1, 2, 2, 2], // 43.75 -> 44
          skills: [0, 0, 0, 1], // 6.25 -> 6
        },
      }),
    );
    expect(result.dimensions).toEqual([
      { id: "strategy", score: 63 },
      { id: "equipment", score: 38 },
      { id: "online_presence", score: 13 },
      { id: "data", score: 88 },
      { id: "security", score: 44 },
      { id: "skills", score: 6 },
      { id: "beneficiaries", score: 50 },
      { id: "responsible", score: 50 },
    ]);
    // (63 + 38 + 13 + 88 + 44 + 6 + 50 + 50) / 8 = 352 / 8 = 44.
    expect(result.globalScore).toBe(44);
  });

  it("rounds the global score half up (48.5 -> 49)", () => {
    // 7 dimensions at 50 and one at 38: 388 / 8 = 48.5.
    const result = score(buildAnswers({ level: 2, dimensions: { security: [1, 2, 1, 2] } }));
    expect(result.globalScore).toBe(49);
  });

  it("lists dimensions under 40 as priorities, lowest first, and not those at 44", () => {
    const result = score(
      buildAnswers({
        level: 3,
        dimensions: { strategy: [1, 2, 1, 2], security: [0, 1, 0, 1], skills: [1, 2, 2, 2] },
      }),
    );
    expect(dimensionScore(result, "strategy")).toBe(38);
    expect(dimensionScore(result, "security")).toBe(13);
    expect(dimensionScore(result, "skills")).toBe(44);
    expect(result.priorities).toEqual(["security", "strategy"]);
  });
});

describe("scoreDiagnostic: maturity level boundaries", () => {
  it.each([
    // [levels of strategy, level of the 7 other dimensions, global, maturity level]
    [[1, 1, 1, 1], 1, 25, "debutant"], // 8 x 25 / 8
    [[2, 1, 1, 1], 1, 26, "en_construction"], // (31 + 175) / 8 = 25.75
    [[2, 2, 2, 2], 2, 50, "en_construction"],
    [[3, 2, 2, 2], 2, 51, "intermediaire"], // (56 + 350) / 8 = 50.75
    [[3, 3, 3, 3], [3, 3, 3, 2], 70, "intermediaire"], // (75 + 7 x 69) / 8 = 69.75
    [[4, 3, 3, 3], [3, 3, 3, 2], 71, "avance"], // (81 + 7 x 69) / 8 = 70.5
  ] as const)(
    "strategy %j, others %j -> global %i (%s)",
    (strategy, others, globalScore, level) => {
      const otherLevels = typeof others === "number" ? [others, others, others, others] : others;
      const dimensions = Object.fromEntries(dimensionIds.map((id) => [id, otherLevels]));
      const result = score(buildAnswers({ dimensions: { ...dimensions, strategy } }));
      expect(result.globalScore).toBe(globalScore);
      expect(result.level).toBe(level);
    },
  );

  it("switches the next step at the global score of 26 for a specified, carried project", () => {
    const at25 = score(buildAnswers({ level: 1, P1: 2, P2: 2 }));
    expect([at25.globalScore, at25.recommendedLevel, at25.reason]).toEqual([
      25,
      "diagnostic",
      "low_maturity",
    ]);
    const at26 = score(
      buildAnswers({ level: 1, dimensions: { strategy: [2, 1, 1, 1] }, P1: 2, P2: 2 }),
    );
    expect([at26.globalScore, at26.recommendedLevel, at26.reason]).toEqual([
      26,
      "production",
      "specified_with_owner",
    ]);
  });

  it.each([
    [0, 2, "diagnostic", "no_project"],
    [1, 2, "scoping", "idea_to_specify"],
    [2, 1, "production", "specified_with_owner"],
    [2, 0, "scoping", "specified_without_owner"],
  ] as const)("P1 %i, P2 %i at global 50 -> %s (%s)", (P1, P2, level, reason) => {
    const result = score(buildAnswers({ level: 2, P1, P2 }));
    expect(result.recommendedLevel).toBe(level);
    expect(result.reason).toBe(reason);
  });
});

describe("scoreDiagnostic: a dimension with every answer 'not applicable'", () => {
  const naBank: QuestionBank = {
    version: "test",
    notApplicableLabel: "Non concerné",
    dimensions: [
      {
        id: "strategy",
        title: "Stratégie",
        questions: [
          { id: "S1", text: "?", labels: ["0", "1", "2", "3", "4"], allowsNotApplicable: false },
        ],
      },
      {
        id: "responsible",
        title: "Responsable",
        questions: [
          { id: "R1", text: "?", labels: ["0", "1", "2", "3", "4"], allowsNotApplicable: true },
          { id: "R2", text: "?", labels: ["0", "1", "2", "3", "4"], allowsNotApplicable: true },
        ],
      },
    ],
    nextStepQuestions: [
      { id: "P1", text: "?", labels: ["0", "1", "2"] },
      { id: "P2", text: "?", labels: ["0", "1", "2"] },
    ],
  };

  it("gives it no score and leaves it out of the global score and the priorities", () => {
    const result = scoreDiagnostic(naBank, { S1: 1, R1: "na", R2: "na", P1: 1, P2: 1 });
    expect(result).toEqual({
      ok: true,
      value: {
        version: "test",
        dimensions: [
          { id: "strategy", score: 25 },
          { id: "responsible", score: null },
        ],
        globalScore: 25,
        level: "debutant",
        priorities: ["strategy"],
        recommendedLevel: "diagnostic",
        reason: "low_maturity",
      },
    });
  });

  it("refuses a bank where no dimension can be scored", () => {
    const allNaBank = { ...naBank, dimensions: naBank.dimensions.slice(1) };
    expect(() => scoreDiagnostic(allNaBank, { R1: "na", R2: "na", P1: 1, P2: 1 })).toThrow();
  });
});

describe("scoreDiagnostic: incomplete or invalid answers", () => {
  it("lists every missing and invalid question and computes nothing", () => {
    const answers = buildAnswers();
    delete answers.S1;
    delete answers.P2;
    answers.E2 = 5;
    answers.O3 = -1;
    answers.D1 = 2.5;
    answers.C1 = "na";
    answers.K1 = "3";
    answers.B3 = "na";
    answers.R2 = "na";
    answers.P1 = 3;
    answers.Z9 = 1;
    expect(scoreDiagnostic(bank, answers)).toEqual({
      ok: false,
      issues: [
        { question: "S1", code: "missing" },
        { question: "E2", code: "out_of_range" },
        { question: "O3", code: "out_of_range" },
        { question: "D1", code: "not_integer" },
        { question: "C1", code: "na_not_allowed" },
        { question: "K1", code: "invalid_type" },
        { question: "P1", code: "out_of_range" },
        { question: "P2", code: "missing" },
        { question: "Z9", code: "unknown_question" },
      ],
    });
  });

  it("refuses 'not applicable' for P1 and P2 and treats null as missing", () => {
    const result = scoreDiagnostic(bank, { ...buildAnswers(), P1: "na", P2: null });
    expect(result).toEqual({
      ok: false,
      issues: [
        { question: "P1", code: "na_not_allowed" },
        { question: "P2", code: "missing" },
      ],
    });
  });

  it("does not read answers inherited from the prototype", () => {
    const answers = Object.create({ S1: 2 }) as Record<string, unknown>;
    Object.assign(answers, buildAnswers());
    delete answers.S1;
    const result = scoreDiagnostic(bank, answers);
    expect(result.ok).toBe(false);
  });
});
