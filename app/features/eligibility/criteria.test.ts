import { describe, expect, it } from "vitest";
import { referenceAnswers } from "./cases";
import { digitessEligibilityRules as rules } from "./digitess";
import { checkEligibility, combine } from "./rules";
import type { EligibilityAnswers } from "./types";

const check = (changes: Partial<EligibilityAnswers>, onDate = "2026-11-22") =>
  checkEligibility({ ...referenceAnswers, ...changes }, rules, onDate);
const criterion = (changes: Partial<EligibilityAnswers>, id: string, onDate?: string) =>
  check(changes, onDate).criteria.find((c) => c.id === id);

describe("checkEligibility: message keys and parameters", () => {
  it("explains each ESS outcome", () => {
    expect(criterion({}, "ess")?.messageKey).toBe("eligibility.criterion.ess.metByLegalForm");
    expect(criterion({ legalForm: "5710", esus: true }, "ess")?.messageKey).toBe(
      "eligibility.criterion.ess.metByEsus",
    );
    expect(criterion({ legalForm: "5710", esus: false }, "ess")?.messageKey).toBe(
      "eligibility.criterion.ess.notMet",
    );
    expect(criterion({ legalForm: "5710", esus: null }, "ess")?.messageKey).toBe(
      "eligibility.criterion.ess.checkEsus",
    );
    expect(criterion({ legalForm: null }, "ess")?.messageKey).toBe(
      "eligibility.criterion.ess.unknownLegalForm",
    );
  });

  it("gives the minimum age, and the first eligible day when too young", () => {
    expect(criterion({}, "age")).toMatchObject({
      messageKey: "eligibility.criterion.age.met",
      params: { years: 3 },
    });
    expect(criterion({ creationDate: "2024-02-29" }, "age")).toEqual({
      id: "age",
      met: false,
      messageKey: "eligibility.criterion.age.notMet",
      params: { years: 3, eligibleFrom: "2027-03-01" },
    });
    expect(criterion({ creationDate: null }, "age")?.messageKey).toBe(
      "eligibility.criterion.age.unknown",
    );
    expect(criterion({ creationDate: "2030-01-01" }, "age")?.messageKey).toBe(
      "eligibility.criterion.age.future",
    );
  });

  it("treats an impossible creation date as unknown rather than failing", () => {
    expect(criterion({ creationDate: "2023-02-29" }, "age")).toMatchObject({ met: null });
  });

  it("quotes the matching axes when met, the programme's priorities otherwise", () => {
    expect(criterion({ axes: ["other", "caregivers", "housing"] }, "axes")?.params).toEqual({
      axes: ["housing", "caregivers"],
    });
    expect(criterion({ axes: ["other"] }, "axes")?.params).toEqual({ axes: rules.priorityAxes });
    expect(criterion({ axes: null }, "axes")?.messageKey).toBe(
      "eligibility.criterion.axes.unknown",
    );
  });

  it("names the département in the territory sentence", () => {
    expect(criterion({ departement: "2A" }, "territory")).toEqual({
      id: "territory",
      met: true,
      messageKey: "eligibility.criterion.territory.met",
      params: { departement: "2A" },
    });
    expect(criterion({ departement: null }, "territory")?.params).toEqual({});
  });

  it("advises to apply later, on the anniversary, when only the age fails", () => {
    expect(check({ creationDate: "2024-06-30" }).nextStep).toEqual({
      messageKey: "eligibility.nextStep.applyLater",
      params: { eligibleFrom: "2027-06-30" },
    });
  });

  it("refuses an onDate that is not a calendar date", () => {
    expect(() => check({}, "2026-02-29")).toThrow(RangeError);
  });

  it("does not change its inputs", () => {
    const answers = Object.freeze({
      ...referenceAnswers,
      axes: Object.freeze(["housing"]),
    });
    expect(() =>
      checkEligibility(answers, Object.freeze({ ...rules }), "2026-11-22"),
    ).not.toThrow();
  });
});

describe("combine", () => {
  it("lets false win over null, and null over true", () => {
    expect(combine([true, true])).toBe(true);
    expect(combine([true, null])).toBeNull();
    expect(combine([null, false, true])).toBe(false);
    expect(combine([])).toBe(true);
  });

  it("matches the rule for every combination of four outcomes (property)", () => {
    const values = [true, false, null] as const;
    for (const a of values)
      for (const b of values)
        for (const c of values)
          for (const d of values) {
            const all = [a, b, c, d];
            const expected = all.some((x) => x === false)
              ? false
              : all.some((x) => x === null)
                ? null
                : true;
            expect(combine(all)).toBe(expected);
          }
  });
});
