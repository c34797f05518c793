import { describe, expect, it } from "vitest";
import {
  type Advice,
  eligibilityCases,
  expectedAdvice,
  referenceAnswers,
  referenceDate,
  type Verdict,
} from "./cases";
import { digitessEligibilityRules } from "./digitess";
import { checkEligibility } from "./rules";
import type { Met } from "./types";

const verdictOf = (met: Met): Verdict => (met === null ? "à vérifier" : met ? "oui" : "non");
const outcomeOf = (met: Met) => (met === null ? "à vérifier" : met ? "éligible" : "non éligible");
const adviceByKey: Record<string, Advice> = {
  "eligibility.nextStep.apply": "candidater",
  "eligibility.nextStep.applyAndCheck": "candidater, points à vérifier",
  "eligibility.nextStep.applyLater": "candidater plus tard",
  "eligibility.nextStep.getHelpElsewhere": "chercher de l'aide ailleurs",
};

describe("eligibility case table (cases.ts)", () => {
  it("has at least 45 cases, each described once", () => {
    expect(eligibilityCases.length).toBeGreaterThanOrEqual(45);
    const descriptions = eligibilityCases.map((row) => row.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it.each(eligibilityCases.map((row, index) => ({ ...row, n: index + 1 })))(
    "n°$n $description",
    (row) => {
      const answers = { ...referenceAnswers, ...row.answers };
      const rules = { ...digitessEligibilityRules, ...row.rules };
      const result = checkEligibility(answers, rules, row.onDate ?? referenceDate);
      expect({
        ids: result.criteria.map((c) => c.id),
        verdicts: result.criteria.map((c) => verdictOf(c.met)),
        result: outcomeOf(result.eligible),
        advice: adviceByKey[result.nextStep.messageKey],
      }).toEqual({
        ids: ["ess", "age", "axes", "territory"],
        verdicts: row.expected,
        result: row.result,
        advice: expectedAdvice(row),
      });
    },
  );
});
