import { describe, expect, it } from "vitest";
import { digitessEligibilityRules } from "./digitess";
import {
  answersForChoice,
  choiceForCode,
  essLegalFormCodes,
  essLegalForms,
  isEssLegalForm,
  isLegalFormChoiceId,
  isLegalFormCode,
  isStandInChoice,
  legalFormChoices,
} from "./legal-forms";
import { fr } from "./messages";

const rules = digitessEligibilityRules;

describe("essLegalForms", () => {
  it("holds only 4-digit codes with a label", () => {
    for (const code of essLegalFormCodes) {
      expect(code).toMatch(/^\d{4}$/);
      expect(essLegalForms[code]?.label).toBeTruthy();
    }
  });

  it.each([
    ["9220", "association"],
    ["9260", "association"],
    ["5458", "cooperative"],
    ["5558", "cooperative"],
    ["5658", "cooperative"],
    ["5460", "cooperative"],
    ["5560", "cooperative"],
    ["5660", "cooperative"],
    ["6317", "cooperative"],
    ["8210", "mutual"],
    ["6411", "mutual"],
    ["9300", "foundation"],
  ])("classifies %s as %s", (code, family) => {
    expect(essLegalForms[code]?.family).toBe(family);
  });
});

describe("isEssLegalForm", () => {
  it.each(["9220", "9210", "9230", "9260", "5458", "5460", "8210", "8290", "9300", "6316"])(
    "%s is ESS by nature for Digit'ESS",
    (code) => expect(isEssLegalForm(code, rules)).toBe(true),
  );
  it.each([
    "5710",
    "5499",
    "5599",
    "1000",
    "7210",
    "8310",
    "8410",
    "9224",
    "9240",
    "9900",
    "9999",
    "",
  ])("%s is not ESS by nature", (code) => expect(isEssLegalForm(code, rules)).toBe(false));
  it("follows the programme's list, not a built-in one", () => {
    expect(isEssLegalForm("9220", { acceptedLegalFormCodes: ["9300"] })).toBe(false);
    expect(isEssLegalForm("9300", { acceptedLegalFormCodes: ["9300"] })).toBe(true);
  });
});

describe("isLegalFormCode", () => {
  it("accepts four digits only", () => {
    expect(isLegalFormCode("9220")).toBe(true);
    expect(["922", "92200", "92a0", "", 9220, null].map(isLegalFormCode)).toEqual(
      Array(6).fill(false),
    );
  });
});

describe("legalFormChoices", () => {
  it("has a French label for every choice", () => {
    for (const choice of legalFormChoices)
      expect(fr[`eligibility.legalForm.${choice.id}`]).toBeTruthy();
  });

  it("maps ESS choices to ESS codes, company and other choices to non-ESS codes", () => {
    const ess = [
      "association",
      "association_local",
      "scop",
      "scic",
      "cooperative_other",
      "mutual",
      "foundation",
    ] as const;
    for (const id of ess) {
      const { legalForm } = answersForChoice(id);
      expect(legalForm !== null && isEssLegalForm(legalForm, rules)).toBe(true);
    }
    for (const id of ["company_esus", "company_not_esus", "other"] as const) {
      const { legalForm } = answersForChoice(id);
      expect(legalForm !== null && isEssLegalForm(legalForm, rules)).toBe(false);
    }
  });

  it("implies the ESUS answer for company choices only", () => {
    expect(answersForChoice("company_esus")).toEqual({ legalForm: "5710", esus: true });
    expect(answersForChoice("company_not_esus")).toEqual({ legalForm: "5710", esus: false });
    expect(answersForChoice("association")).toEqual({ legalForm: "9220" });
    expect(answersForChoice("unknown")).toEqual({ legalForm: null });
  });
});

describe("choiceForCode", () => {
  it.each([
    ["9220", "association"],
    ["9230", "association"],
    ["9260", "association_local"],
    ["5458", "scop"],
    ["5658", "scop"],
    ["5460", "cooperative_other"],
    ["6317", "cooperative_other"],
    ["8210", "mutual"],
    ["9300", "foundation"],
    ["1000", "other"],
    ["7210", "other"],
    ["9900", "other"],
  ])("preselects %s as %s", (code, choice) => {
    expect(choiceForCode(code, null)).toBe(choice);
  });

  it("asks about ESUS for a commercial company", () => {
    expect(choiceForCode("5710", null)).toBeNull();
    expect(choiceForCode("5710", true)).toBe("company_esus");
    expect(choiceForCode("5499", false)).toBe("company_not_esus");
  });
});

describe("isLegalFormChoiceId and isStandInChoice", () => {
  it("knows every choice id and nothing else", () => {
    for (const choice of legalFormChoices) expect(isLegalFormChoiceId(choice.id)).toBe(true);
    for (const value of ["", "9220", "Association", "company", null, undefined, 1]) {
      expect(isLegalFormChoiceId(value)).toBe(false);
    }
  });

  it("marks as stand-ins exactly the choices whose code does not describe the structure", () => {
    const standIns = legalFormChoices.filter((c) => isStandInChoice(c.id)).map((c) => c.id);
    expect(standIns).toEqual([
      "scic",
      "cooperative_other",
      "company_esus",
      "company_not_esus",
      "other",
    ]);
  });
});
