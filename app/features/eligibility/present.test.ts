import { describe, expect, it } from "vitest";
import { referenceAnswers } from "./cases";
import { digitessAxes as axes, digitessEligibilityRules as rules } from "./digitess";
import { parseEligibilityRequest } from "./eligibility.schema";
import { describeNextStep, toEligibilityResponse } from "./present";
import { checkEligibility } from "./rules";

describe("toEligibilityResponse", () => {
  it("answers the API example with one French sentence per criterion", () => {
    const result = checkEligibility(referenceAnswers, rules, "2026-11-22");
    expect(toEligibilityResponse(result, { axes })).toEqual({
      eligible: true,
      criteria: [
        {
          id: "ess",
          met: true,
          message: "Votre forme juridique fait partie de l'économie sociale et solidaire (ESS).",
        },
        { id: "age", met: true, message: "Votre structure existe depuis au moins 3 ans." },
        {
          id: "axes",
          met: true,
          message: "Vos actions entrent dans les axes prioritaires du programme : habitat.",
        },
        {
          id: "territory",
          met: true,
          message: "Le programme couvre votre département : Bouches-du-Rhône (13).",
        },
      ],
    });
  });

  it("writes the date, the axes list and unknown départements readably", () => {
    const result = checkEligibility(
      { ...referenceAnswers, creationDate: "2024-02-29", axes: ["other"], departement: "99" },
      rules,
      "2026-11-22",
    );
    const messages = toEligibilityResponse(result, { axes }).criteria.map((c) => c.message);
    expect(messages[1]).toBe(
      "Votre structure doit exister depuis au moins 3 ans : ce sera le cas le 1er mars 2027.",
    );
    expect(messages[2]).toBe(
      "Vos actions ne concernent pas les axes prioritaires du programme : habitat, retour à l'emploi des personnes fragiles, prévention santé et aidants.",
    );
    expect(messages[3]).toBe("Le programme ne couvre pas votre département : 99.");
    expect(toEligibilityResponse(result, { axes, locale: "en" }).criteria[1]?.message).toBe(
      "Your organisation must have existed for at least 3 years: it will on 1 March 2027.",
    );
  });

  it("leaves no placeholder unfilled, whatever the answers", () => {
    const variants = [
      {},
      { legalForm: null, esus: null, creationDate: null, axes: null, departement: null },
      { legalForm: "5710", esus: false, creationDate: "2025-01-01", axes: ["other"] },
      { creationDate: "2030-01-01" },
    ];
    for (const variant of variants) {
      const result = checkEligibility({ ...referenceAnswers, ...variant }, rules, "2026-11-22");
      for (const locale of ["fr", "en"] as const) {
        const texts = [
          ...toEligibilityResponse(result, { axes, locale }).criteria.map((c) => c.message),
          describeNextStep(result, { axes, locale }),
        ];
        for (const text of texts) expect(text).not.toMatch(/[{}]/);
      }
    }
  });
});

describe("describeNextStep", () => {
  it("points to other help when not eligible", () => {
    const result = checkEligibility({ ...referenceAnswers, axes: ["other"] }, rules, "2026-11-22");
    expect(describeNextStep(result, { axes })).toContain("associations.gouv.fr");
  });
  it("gives the date from which to apply", () => {
    const result = checkEligibility(
      { ...referenceAnswers, creationDate: "2024-05-14" },
      rules,
      "2026-11-22",
    );
    expect(describeNextStep(result, { axes })).toMatch(
      /^Votre structure pourra déposer sa candidature à partir du 14 mai 2027\./,
    );
  });
});

describe("axis labels in sentences", () => {
  it("lowers the first letter of a label, but keeps an acronym", () => {
    const result = checkEligibility(
      { ...referenceAnswers, axes: ["culture", "ess"] },
      { ...rules, priorityAxes: ["culture", "ess"] },
      "2026-11-22",
    );
    const labels = [
      { code: "culture", label: "Culture et loisirs" },
      { code: "ess", label: "ESS et territoires" },
    ];
    expect(toEligibilityResponse(result, { axes: labels }).criteria[2]?.message).toBe(
      "Vos actions entrent dans les axes prioritaires du programme : culture et loisirs et ESS et territoires.",
    );
  });
});

describe("POST /api/v1/eligibility flow (parse, check, answer)", () => {
  it("answers the issue's example body", () => {
    const parsed = parseEligibilityRequest({
      programme: "digitess",
      legalForm: "9220",
      esus: false,
      creationDate: "2019-05-14",
      axes: ["housing"],
      departement: "13",
      onDate: "2026-11-22",
    });
    if (!parsed.ok) throw new Error("the example must parse");
    const response = toEligibilityResponse(
      checkEligibility(parsed.value, rules, parsed.value.onDate),
      { axes },
    );
    expect(response.eligible).toBe(true);
    expect(response.criteria.map((c) => [c.id, c.met])).toEqual([
      ["ess", true],
      ["age", true],
      ["axes", true],
      ["territory", true],
    ]);
  });
});
