import { describe, expect, it } from "vitest";
import { getQuestionBank } from "./question-bank";
import {
  buildResultView,
  recommendationCatalogueFor,
  resourcesOf,
  toComparedScore,
  toDiagnosticScore,
} from "./result-view";
import { type DiagnosticScore, scoreDiagnostic } from "./scoring";
import { bank, buildAnswers } from "./test-fixtures";

function score(answers: Record<string, unknown>): DiagnosticScore {
  const result = scoreDiagnostic(bank, answers);
  if (!result.ok) throw new Error("unexpected issues");
  return result.value;
}

describe("buildResultView", () => {
  // security 0 and skills 25 are priorities; responsible all 4 but R2 "na"; others level 3 (75).
  const mixed = score(
    buildAnswers({
      level: 3,
      dimensions: { security: [0, 0, 0, 0], skills: [1, 1, 1, 1], responsible: [4, "na", 4, 4] },
      P1: 1,
      P2: 0,
    }),
  );
  const view = buildResultView(bank, mixed);

  it("keeps the questionnaire order for the chart and puts priorities first for the advice", () => {
    expect(view.dimensions.map((d) => d.id)).toEqual(bank.dimensions.map((d) => d.id));
    expect(view.adviceOrder.map((d) => d.id)).toEqual([
      "security",
      "skills",
      "strategy",
      "equipment",
      "online_presence",
      "data",
      "beneficiaries",
      "responsible",
    ]);
  });

  it("gives each dimension its title, score, band, sentence and 2 or 3 recommendations", () => {
    const security = view.dimensions.find((d) => d.id === "security");
    expect(security).toMatchObject({
      title: "Sécurité informatique",
      score: 0,
      band: "priority",
      priority: true,
    });
    expect(security?.recommendations.map((r) => r.text).join(" ")).toMatch(/sauvegarde/i);
    const responsible = view.dimensions.find((d) => d.id === "responsible");
    expect(responsible).toMatchObject({ score: 100, band: "solid", priority: false });
    for (const dimension of view.dimensions) {
      expect(dimension.summary).toMatch(/\.$/);
      expect(dimension.recommendations.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("reads the global level and the next step with its reason", () => {
    // (75 x 5 + 0 + 25 + 100) / 8 = 62.5 -> 63.
    expect(view.globalScore).toBe(63);
    expect(view.level).toBe("intermediaire");
    expect(view.levelLabel).toBe("Intermédiaire");
    expect(view.nextStep.level).toBe("scoping");
    expect(view.nextStep.reason).toMatch(/cadrage/);
  });

  it("shows a dimension without score when all its answers are 'not applicable'", () => {
    const custom = {
      ...bank,
      dimensions: bank.dimensions.map((d) =>
        d.id === "beneficiaries"
          ? { ...d, questions: d.questions.map((q) => ({ ...q, allowsNotApplicable: true })) }
          : d,
      ),
    };
    const result = scoreDiagnostic(
      custom,
      buildAnswers({ dimensions: { beneficiaries: ["na", "na", "na", "na"] } }),
    );
    if (!result.ok) throw new Error("unexpected issues");
    const beneficiaries = buildResultView(custom, result.value).dimensions.find(
      (d) => d.id === "beneficiaries",
    );
    expect(beneficiaries).toMatchObject({ score: null, band: null, summary: null });
    expect(beneficiaries?.recommendations).toEqual([]);
  });

  it("lists the free resources once each", () => {
    const resources = resourcesOf(view);
    expect(resources.length).toBeGreaterThan(0);
    expect(new Set(resources.map((r) => r.url)).size).toBe(resources.length);
    expect(resources.every((r) => r.url.startsWith("https://"))).toBe(true);
  });
});

describe("stored scores", () => {
  it("reads back a stored score and refuses anything else", () => {
    const stored = JSON.parse(JSON.stringify(score(buildAnswers())));
    expect(toDiagnosticScore(stored)).toEqual(stored);
    expect(toDiagnosticScore({ ...stored, globalScore: 101 })).toBeNull();
    expect(toDiagnosticScore(null)).toBeNull();
    expect(toDiagnosticScore({ ...stored, level: "expert" })).toBeNull();
  });

  it("reads the two parts a comparison needs, whatever the rest", () => {
    const stored = JSON.parse(JSON.stringify(score(buildAnswers())));
    const compared = { dimensions: stored.dimensions, globalScore: stored.globalScore };
    expect(toComparedScore(stored)).toEqual(compared);
    expect(toComparedScore({ ...stored, level: "expert" })).toEqual(compared);
    expect(toComparedScore({ ...compared, globalScore: 101 })).toBeNull();
    expect(toComparedScore({ ...compared, globalScore: null })).toBeNull();
    expect(
      toComparedScore({ dimensions: [{ id: "strategy", score: 900 }], globalScore: 50 }),
    ).toBeNull();
    expect(
      toComparedScore({ dimensions: [{ id: "unknown", score: 50 }], globalScore: 50 }),
    ).toBeNull();
    expect(toComparedScore({ dimensions: null, globalScore: 50 })).toBeNull();
    expect(toComparedScore("not a score")).toBeNull();
  });

  it("uses the built-in texts for a version published later", () => {
    expect(recommendationCatalogueFor("2031-4")).toBe(recommendationCatalogueFor("2026-1"));
    expect(getQuestionBank("2031-4")).toBeUndefined();
  });
});
