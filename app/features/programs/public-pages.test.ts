import { describe, expect, it } from "vitest";
import { programmeConfigFromSeed } from "../../../tests/factories/programs";
import { publicProgrammeSchema, toPublicProgramme } from "./public-config";
import { evaluateEligibility, simulateForProgramme } from "./public-pages";

const config = programmeConfigFromSeed();
const answers = {
  legalForm: "9220",
  esus: false,
  creationDate: "2019-05-14",
  axes: ["housing"],
  departement: "13",
};

describe("evaluateEligibility", () => {
  it("answers the reference structure with the programme's labels and its antenna", () => {
    const outcome = evaluateEligibility(config, answers, "2026-11-22", "fr");
    expect(outcome.eligible).toBe(true);
    expect(outcome.criteria.map((c) => c.met)).toEqual([true, true, true, true]);
    expect(outcome.criteria[2]?.message).toBe(
      "Vos actions entrent dans les axes prioritaires du programme : habitat.",
    );
    expect(outcome.nextStep).toMatch(/^Votre structure remplit tous les critères/);
    expect(outcome.antenna?.city).toBe("Marseille");
  });

  it("treats an axis the programme does not have as another field", () => {
    const outcome = evaluateEligibility(
      config,
      { ...answers, axes: ["culture"] },
      "2026-11-22",
      "fr",
    );
    expect(outcome.criteria[2]?.met).toBe(false);
    expect(outcome.eligible).toBe(false);
    expect(outcome.nextStep).toContain("associations.gouv.fr");
  });

  it("uses the rules stored for the programme (an administrator's change applies)", () => {
    const younger = programmeConfigFromSeed({ minimumAgeYears: 1 });
    const recent = { ...answers, creationDate: "2025-01-10" };
    expect(evaluateEligibility(config, recent, "2026-11-22", "fr").criteria[1]?.met).toBe(false);
    expect(evaluateEligibility(younger, recent, "2026-11-22", "fr").criteria[1]?.met).toBe(true);
  });

  it("answers in English", () => {
    const outcome = evaluateEligibility(config, answers, "2026-11-22", "en");
    expect(outcome.criteria[1]?.message).toBe(
      "Your organisation has existed for at least 3 years.",
    );
  });
});

describe("simulateForProgramme", () => {
  it("gives both bounds and the chosen rate", () => {
    const result = simulateForProgramme(config, {
      level: "scoping",
      totalCost: 1_000_000,
      ratePercent: 60,
    });
    expect(result).toEqual({
      ok: true,
      outcome: {
        level: "scoping",
        levelLabel: "Cadrage",
        totalCostCents: 1_000_000,
        eligibleCostCents: 1_000_000,
        costCeilingCents: null,
        rows: [
          { kind: "min", ratePercent: 55, programmeShareCents: 550_000, remainingCents: 450_000 },
          { kind: "max", ratePercent: 75, programmeShareCents: 750_000, remainingCents: 250_000 },
          {
            kind: "chosen",
            ratePercent: 60,
            programmeShareCents: 600_000,
            remainingCents: 400_000,
          },
        ],
      },
    });
  });

  it("shows one row for a fixed rate", () => {
    const result = simulateForProgramme(config, {
      level: "diagnostic",
      totalCost: 250_000,
      ratePercent: null,
    });
    expect(result.ok && result.outcome.rows).toEqual([
      { kind: "fixed", ratePercent: 100, programmeShareCents: 250_000, remainingCents: 0 },
    ]);
  });

  it("refuses a rate outside the level's range, naming the bounds", () => {
    expect(
      simulateForProgramme(config, { level: "production", totalCost: 100, ratePercent: 60 }),
    ).toEqual({
      ok: false,
      problem: {
        field: "ratePercent",
        key: "funding.error.rateOutOfBounds",
        params: { min: 25, max: 50 },
      },
    });
  });

  it("refuses a level the programme does not offer", () => {
    const noProduction = programmeConfigFromSeed({ levels: [] });
    expect(
      simulateForProgramme(noProduction, {
        level: "production",
        totalCost: 100,
        ratePercent: null,
      }),
    ).toEqual({
      ok: false,
      problem: { field: "level", key: "funding.error.levelNotOffered" },
    });
  });
});

describe("toPublicProgramme", () => {
  it("matches the published schema and leaves budgets and review criteria out", () => {
    const programme = toPublicProgramme(config);
    expect(publicProgrammeSchema.parse(programme)).toEqual(programme);
    expect(JSON.stringify(programme)).not.toContain("amountCents");
    expect(JSON.stringify(programme)).not.toContain("priority_axes");
    expect(programme.funders).toEqual(["AG2R La Mondiale", "Fonds Solidarité Numérique"]);
    expect(programme.levels.map((l) => l.kind)).toEqual(["diagnostic", "scoping", "production"]);
  });
});
