import { describe, expect, it } from "vitest";
import { questionBank2026_1 } from "./2026-1";
import { parseQuestionBank, parseQuestionBankJson } from "./bank.schema";

/** A deep, mutable copy of the built-in bank with another version id. */
function draft(version = "2027-1") {
  const copy = JSON.parse(JSON.stringify(questionBank2026_1));
  copy.version = version;
  return copy;
}

function issuesOf(input: unknown) {
  const result = parseQuestionBank(input);
  if (result.ok) throw new Error("expected the bank to be refused");
  return result.issues;
}

describe("parseQuestionBank", () => {
  it("accepts the built-in bank under a new version id, unchanged", () => {
    const result = parseQuestionBankJson(JSON.stringify(draft()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bank).toEqual({ ...questionBank2026_1, version: "2027-1" });
  });

  it("trims texts and drops unknown fields", () => {
    const bank = draft();
    bank.dimensions[0].title = "  Stratégie  ";
    bank.extra = "ignored";
    const result = parseQuestionBank(bank);
    expect(result.ok && result.bank.dimensions[0]?.title).toBe("Stratégie");
    expect(result.ok && "extra" in result.bank).toBe(false);
  });

  it("refuses a version id that is not year-number", () => {
    expect(issuesOf(draft("v2"))).toEqual([
      { path: "version", message: "diagnostic.admin.error.versionFormat" },
    ]);
  });

  it("refuses a missing or repeated dimension", () => {
    const missing = draft();
    missing.dimensions.pop();
    expect(issuesOf(missing).map((i) => i.message)).toContain("diagnostic.admin.error.dimensions");
    const repeated = draft();
    repeated.dimensions[7] = repeated.dimensions[0];
    expect(issuesOf(repeated).map((i) => i.message)).toContain("diagnostic.admin.error.dimensions");
  });

  it("refuses an unknown dimension id", () => {
    const bank = draft();
    bank.dimensions[2].id = "marketing";
    expect(issuesOf(bank)).toEqual([
      { path: "dimensions.2.id", message: "diagnostic.admin.error.dimensions" },
    ]);
  });

  it("refuses a question without exactly 5 answers", () => {
    const bank = draft();
    bank.dimensions[1].questions[0].labels.pop();
    expect(issuesOf(bank)).toEqual([
      { path: "dimensions.1.questions.0.labels", message: "diagnostic.admin.error.labels" },
    ]);
  });

  it("refuses duplicate question ids and names the id", () => {
    const bank = draft();
    bank.dimensions[1].questions[0].id = "S1";
    expect(issuesOf(bank)).toEqual([
      {
        path: "dimensions.1.questions.0.id",
        message: "diagnostic.admin.error.duplicateQuestion",
        params: { id: "S1" },
      },
    ]);
  });

  it("refuses a question id that is badly formed or reserved for the next step", () => {
    const bank = draft();
    bank.dimensions[0].questions[0].id = "s1";
    bank.dimensions[0].questions[1].id = "P1";
    expect(issuesOf(bank).map((i) => i.path)).toEqual([
      "dimensions.0.questions.0.id",
      "dimensions.0.questions.1.id",
    ]);
  });

  it("refuses a dimension whose questions all allow 'not applicable'", () => {
    const bank = draft();
    for (const question of bank.dimensions[3].questions) question.allowsNotApplicable = true;
    expect(issuesOf(bank)).toEqual([
      { path: "dimensions.3.questions", message: "diagnostic.admin.error.allNotApplicable" },
    ]);
  });

  it("refuses next-step questions other than P1 and P2 with 3 answers", () => {
    const bank = draft();
    bank.nextStepQuestions[1].labels.push("Une quatrième");
    expect(issuesOf(bank).map((i) => i.message)).toEqual(["diagnostic.admin.error.nextStep"]);
  });

  it("refuses empty and overlong texts", () => {
    const bank = draft();
    bank.dimensions[0].questions[0].text = "   ";
    bank.dimensions[0].questions[1].labels[2] = "x".repeat(401);
    expect(issuesOf(bank).map((i) => i.message)).toEqual([
      "diagnostic.admin.error.text",
      "diagnostic.admin.error.text",
    ]);
  });

  it("reports wrong types as a shape problem", () => {
    expect(issuesOf({ ...draft(), notApplicableLabel: 3 })).toEqual([
      { path: "notApplicableLabel", message: "diagnostic.admin.error.shape" },
    ]);
    expect(issuesOf(null).map((i) => i.message)).toEqual(["diagnostic.admin.error.shape"]);
  });

  it("reports empty text and bad JSON without throwing", () => {
    expect(parseQuestionBankJson("  ")).toEqual({
      ok: false,
      issues: [{ path: "", message: "diagnostic.admin.error.empty" }],
    });
    expect(parseQuestionBankJson("{ version: 1,")).toEqual({
      ok: false,
      issues: [{ path: "", message: "diagnostic.admin.error.notJson" }],
    });
  });
});
