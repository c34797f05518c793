import { describe, expect, it } from "vitest";
import { getQuestionBank } from "./question-bank";
import { stepErrors, stepFormSchema } from "./step.form";

const bank = getQuestionBank("2026-1");

describe("stepFormSchema", () => {
  it("reads the button and the answers of the step", () => {
    expect(stepFormSchema(bank, 7).parse({ intent: "save", B1: "4", B3: "na", B4: "9" })).toEqual({
      intent: "save",
      answers: { B1: 4, B3: "na" },
      unanswered: ["B2"],
      invalid: ["B4"],
    });
  });

  it("counts a missing or unknown button as 'Suivant' and ignores other fields", () => {
    expect(stepFormSchema(bank, 9).parse({ P1: "2", P2: "1", S1: "3" })).toMatchObject({
      intent: "next",
      answers: { P1: 2, P2: 1 },
    });
    expect(stepFormSchema(bank, 9).parse({ intent: "delete" })).toMatchObject({
      intent: "next",
      unanswered: ["P1", "P2"],
    });
  });
});

describe("stepErrors", () => {
  it("names each question in error and keeps the valid values", () => {
    const form = stepFormSchema(bank, 7).parse({ B1: "2", B3: "na", B4: "9" });
    expect(stepErrors(form)).toEqual({
      errors: { B2: "unanswered", B4: "invalid" },
      values: { B1: "2", B3: "na" },
    });
  });

  it("is null when the step is complete", () => {
    expect(stepErrors(stepFormSchema(bank, 9).parse({ P1: "0", P2: "2" }))).toBeNull();
  });
});
