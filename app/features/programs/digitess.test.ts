import { describe, expect, it } from "vitest";
import { departementCodes } from "~/platform/geo";
import { digitessProgramme as seed } from "./digitess";

describe("the Digit'ESS seed (domain.md)", () => {
  it("offers the three levels with their funding rates", () => {
    expect(seed.levels.map((l) => [l.kind, l.minRatePercent, l.maxRatePercent])).toEqual([
      ["diagnostic", 100, 100],
      ["scoping", 55, 75],
      ["production", 25, 50],
    ]);
  });

  it("has the four priority axes", () => {
    expect(seed.axes.map((a) => a.code)).toEqual([
      "housing",
      "employment",
      "health_prevention",
      "caregivers",
    ]);
  });

  it("takes ESS structures of at least 3 years, ESUS companies included, all of France", () => {
    expect(seed.minimumAgeYears).toBe(3);
    expect(seed.esusAccepted).toBe(true);
    expect([...seed.departements].sort()).toEqual([...departementCodes].sort());
    expect(seed.departements).toEqual(
      expect.arrayContaining(["971", "972", "973", "974", "975", "976"]),
    );
    expect(seed.acceptedLegalForms).toEqual(
      expect.arrayContaining(["9220", "5458", "8210", "9300"]),
    );
  });

  it("gives every covered département exactly one antenna", () => {
    const owners = new Map<string, string[]>();
    for (const antenna of seed.antennas) {
      for (const code of antenna.departements)
        owners.set(code, [...(owners.get(code) ?? []), antenna.name]);
    }
    for (const code of seed.departements) expect(owners.get(code), code).toHaveLength(1);
    expect([...owners.keys()].every((code) => seed.departements.includes(code))).toBe(true);
  });

  it("has the Marseille antenna and one for La Réunion and Mayotte", () => {
    const marseille = seed.antennas.find((a) => a.city === "Marseille");
    expect(marseille?.departements).toEqual(
      expect.arrayContaining(["13", "04", "05", "06", "83", "84"]),
    );
    const reunion = seed.antennas.find((a) => a.departements.includes("974"));
    expect(reunion?.departements).toEqual(["974", "976"]);
  });

  it("is co-funded by AG2R La Mondiale and a second funder, with a monthly committee", () => {
    expect(seed.envelopes.map((e) => e.funderName)).toEqual([
      "AG2R La Mondiale",
      expect.any(String),
    ]);
    expect(
      seed.envelopes.every((e) => Number.isSafeInteger(e.amountCents) && e.amountCents > 0),
    ).toBe(true);
    expect(seed.committeeCadence).toBe("monthly");
    expect(seed.reviewCriteria.length).toBeGreaterThanOrEqual(3);
    expect(seed.reviewCriteria.length).toBeLessThanOrEqual(5);
    expect(new Set(seed.reviewCriteria.map((c) => c.id)).size).toBe(seed.reviewCriteria.length);
  });

  it("aims at 100 supported structures over three years", () => {
    expect(seed.targetSupportedCount).toBe(100);
    expect(seed.startsOn < seed.endsOn).toBe(true);
  });
});
