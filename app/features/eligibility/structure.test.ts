import { describe, expect, it } from "vitest";
import { referenceAnswers, referenceDate } from "./cases";
import { digitessEligibilityRules } from "./digitess";
import { inseeLegalFormLabels, legalFormLabel } from "./insee-legal-forms";
import {
  choiceStandingFor,
  essLegalFormCodes,
  essLegalForms,
  legalFormChoices,
} from "./legal-forms";
import { checkEligibility, checkStructureEligibility, type StructureAnswers } from "./rules";

const rules = digitessEligibilityRules;
const { axes: _axes, ...reference } = referenceAnswers;
const structure = (overrides: Partial<StructureAnswers> = {}): StructureAnswers => ({
  ...reference,
  ...overrides,
});

describe("checkStructureEligibility", () => {
  it("checks the structure's own criteria, in the whole check's order, without the axes", () => {
    const result = checkStructureEligibility(structure(), rules, referenceDate);
    expect(result.criteria.map((c) => c.id)).toEqual(["ess", "age", "territory"]);
    expect(result.eligible).toBe(true);
    expect(result.nextStep.messageKey).toBe("eligibility.nextStep.apply");
  });

  it("says when a structure too young will be old enough, as the whole check does", () => {
    const young = structure({ creationDate: "2024-02-20" });
    const result = checkStructureEligibility(young, rules, "2026-12-02");
    expect(result.eligible).toBe(false);
    const age = result.criteria.find((c) => c.id === "age");
    expect(age).toMatchObject({
      met: false,
      messageKey: "eligibility.criterion.age.notMet",
      params: { years: 3, eligibleFrom: "2027-02-20" },
    });
    expect(result.nextStep).toEqual({
      messageKey: "eligibility.nextStep.applyLater",
      params: { eligibleFrom: "2027-02-20" },
    });
    // The day it turns three, it may apply.
    expect(checkStructureEligibility(young, rules, "2027-02-20").eligible).toBe(true);
  });

  it("refuses a commercial company without the ESUS approval, and sends it elsewhere", () => {
    const result = checkStructureEligibility(
      structure({ legalForm: "5710", esus: false }),
      rules,
      referenceDate,
    );
    expect(result.eligible).toBe(false);
    expect(result.criteria[0]).toMatchObject({ id: "ess", met: false });
    expect(result.nextStep.messageKey).toBe("eligibility.nextStep.getHelpElsewhere");
  });

  it("lets a structure apply when a criterion is only to be checked", () => {
    const result = checkStructureEligibility(
      structure({ legalForm: null, creationDate: null }),
      rules,
      referenceDate,
    );
    expect(result.eligible).toBeNull();
    expect(result.nextStep.messageKey).toBe("eligibility.nextStep.applyAndCheck");
  });

  it("gives, for each criterion, exactly the verdict and sentence of the whole check", () => {
    const cases: StructureAnswers[] = [
      structure(),
      structure({ creationDate: "2025-01-01" }),
      structure({ legalForm: "5710", esus: null }),
      structure({ legalForm: "5710", esus: true }),
      structure({ departement: null }),
      structure({ departement: "975" }),
    ];
    for (const answers of cases) {
      const whole = checkEligibility({ ...answers, axes: ["housing"] }, rules, referenceDate);
      const early = checkStructureEligibility(answers, rules, referenceDate);
      expect(early.criteria).toEqual(whole.criteria.filter((c) => c.id !== "axes"));
      // The whole check with a priority axis concludes as the early one does.
      expect(early.eligible).toBe(whole.eligible);
    }
  });

  it("refuses a date that is not a calendar day", () => {
    expect(() => checkStructureEligibility(structure(), rules, "2026-02-30")).toThrow(RangeError);
  });
});

describe("inseeLegalFormLabels", () => {
  it("labels every 4-digit code once, in words, without stray spaces", () => {
    const codes = Object.keys(inseeLegalFormLabels);
    expect(codes.length).toBeGreaterThan(250);
    for (const code of codes) {
      expect(code).toMatch(/^\d{4}$/);
      const label = inseeLegalFormLabels[code] ?? "";
      expect(label.trim()).toBe(label);
      expect(label).not.toMatch(/\s{2}/);
      expect(label.length).toBeGreaterThan(3);
    }
  });

  it("labels every code an ESS family or a plain-language choice stands for", () => {
    for (const code of essLegalFormCodes) {
      expect(essLegalForms[code]?.label).toBe(legalFormLabel(code));
    }
    for (const choice of legalFormChoices) {
      if (choice.code !== null) expect(legalFormLabel(choice.code)).toBeTruthy();
    }
  });

  it.each([
    ["5710", "SAS, société par actions simplifiée"],
    ["9220", "Association déclarée"],
    ["5499", "Société à responsabilité limitée (sans autre indication)"],
    ["6540", "Société civile immobilière"],
    ["7210", "Commune et commune nouvelle"],
  ])("labels %s as « %s »", (code, label) => {
    expect(legalFormLabel(code)).toBe(label);
  });

  it("has no label for a code outside the table", () => {
    expect(legalFormLabel("1234")).toBeNull();
    expect(legalFormLabel("toString")).toBeNull();
    expect(legalFormLabel("")).toBeNull();
  });
});

describe("choiceStandingFor", () => {
  it.each([
    ["9220", null, "association"],
    ["9260", null, "association_local"],
    ["5458", null, "scop"],
    ["5460", null, "cooperative_other"],
    ["8210", null, "mutual"],
    ["9300", null, "foundation"],
    ["9900", null, "other"],
    ["5710", true, "company_esus"],
    ["5710", false, "company_not_esus"],
  ] as const)("shows %s (ESUS %s) as the choice %s", (code, esus, choice) => {
    expect(choiceStandingFor(code, esus)).toBe(choice);
  });

  it("shows no code as « je ne sais pas »", () => {
    expect(choiceStandingFor(null, false)).toBe("unknown");
  });

  it.each([
    ["9230", false],
    ["5499", false],
    ["5720", true],
    ["7210", false],
    ["5710", null],
  ] as const)("keeps %s as it is, being more precise than any choice", (code, esus) => {
    expect(choiceStandingFor(code, esus)).toBeNull();
  });
});
