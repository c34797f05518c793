import { describe, expect, it } from "vitest";
import {
  answeredCount,
  firstIncompleteStep,
  isStepComplete,
  parseStepNumber,
  readStepForm,
  stepContent,
  stepCount,
  stepQuestions,
  validAnswers,
} from "./steps";
import { bank, buildAnswers } from "./test-fixtures";

describe("steps of the questionnaire", () => {
  it("has one step per dimension and a last step for P1 and P2", () => {
    expect(stepCount(bank)).toBe(9);
    expect(stepContent(bank, 1)).toMatchObject({
      kind: "dimension",
      dimension: { id: "strategy" },
    });
    expect(stepContent(bank, 8)).toMatchObject({
      kind: "dimension",
      dimension: { id: "responsible" },
    });
    expect(stepContent(bank, 9)).toMatchObject({ kind: "next_step", number: 9 });
    expect(stepQuestions(bank, 9).map((q) => q.id)).toEqual(["P1", "P2"]);
    expect(stepQuestions(bank, 3).map((q) => q.id)).toEqual(["O1", "O2", "O3", "O4"]);
  });

  it("has no step 0, 10, or fractional step", () => {
    expect(stepContent(bank, 0)).toBeUndefined();
    expect(stepContent(bank, 10)).toBeUndefined();
    expect(stepContent(bank, 1.5)).toBeUndefined();
    expect(stepQuestions(bank, 10)).toEqual([]);
  });

  it.each([
    ["1", 1],
    ["9", 9],
    ["10", undefined],
    ["0", undefined],
    ["01", 1],
    ["2a", undefined],
    ["", undefined],
    [undefined, undefined],
    ["-1", undefined],
    ["123", undefined],
  ])("reads the URL segment %j as step %j", (segment, expected) => {
    expect(parseStepNumber(bank, segment)).toBe(expected);
  });
});

describe("readStepForm", () => {
  it("reads levels, 'na' where allowed, and lists unanswered questions", () => {
    expect(readStepForm(bank, 7, { B1: "4", B3: "na", B4: "0" })).toEqual({
      answers: { B1: 4, B3: "na", B4: 0 },
      unanswered: ["B2"],
      invalid: [],
    });
  });

  it("refuses 'na' where it is not allowed and levels out of range", () => {
    expect(readStepForm(bank, 1, { S1: "na", S2: "5", S3: "x", S4: "3" })).toEqual({
      answers: { S4: 3 },
      unanswered: [],
      invalid: ["S1", "S2", "S3"],
    });
  });

  it("reads the next-step choices 0 to 2 only", () => {
    expect(readStepForm(bank, 9, { P1: "2", P2: "3" })).toEqual({
      answers: { P1: 2 },
      unanswered: [],
      invalid: ["P2"],
    });
  });

  it("ignores fields of other steps and inherited properties", () => {
    const form = Object.create({ S1: "2" }) as Record<string, unknown>;
    form.E1 = "1";
    expect(readStepForm(bank, 1, form).unanswered).toEqual(["S1", "S2", "S3", "S4"]);
  });

  it("treats an empty value as unanswered", () => {
    expect(readStepForm(bank, 9, { P1: "", P2: "1" }).unanswered).toEqual(["P1"]);
  });
});

describe("resuming", () => {
  it("finds the first incomplete step, or null when everything is answered", () => {
    const answers = buildAnswers();
    expect(firstIncompleteStep(bank, answers)).toBeNull();
    delete answers.K3;
    delete answers.P2;
    expect(firstIncompleteStep(bank, answers)).toBe(6);
    expect(isStepComplete(bank, 6, answers)).toBe(false);
    expect(isStepComplete(bank, 5, answers)).toBe(true);
    expect(firstIncompleteStep(bank, {})).toBe(1);
  });

  it("counts only valid stored answers", () => {
    expect(answeredCount(bank, buildAnswers())).toBe(34);
    expect(answeredCount(bank, { S1: 2, S2: 9, S3: "na", B3: "na", P1: 2 })).toBe(3);
  });

  it("keeps only valid stored answers", () => {
    expect(validAnswers(bank, { S1: 2, S2: 9, B3: "na", R2: "na", P2: 0, Z1: 1 })).toEqual({
      S1: 2,
      B3: "na",
      R2: "na",
      P2: 0,
    });
  });
});
