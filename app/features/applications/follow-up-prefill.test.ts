import { describe, expect, it } from "vitest";
import { completeDraft, testProgram } from "../../../tests/factories/application-values";
import { followUpDraftData, levelAfter } from "./follow-up-prefill";

const base = { steps: { "1": { name: "Le Toit Partagé", contactRole: "" } } };

describe("the next level after the supports that closed", () => {
  it("follows the highest closed level, and stops after production", () => {
    expect(levelAfter([])).toBeNull();
    expect(levelAfter(["diagnostic"])).toBe("scoping");
    expect(levelAfter(["scoping", "diagnostic"])).toBe("production");
    expect(levelAfter(["production", "diagnostic"])).toBeNull();
    expect(levelAfter(["unknown"])).toBeNull();
  });
});

describe("a draft prefilled from the previous application", () => {
  const previous = {
    steps: {
      ...completeDraft.steps,
      "2": { ...completeDraft.steps["2"], axes: ["housing", "gone", "other"] },
    },
  };

  it("copies what still holds and ticks the next level", () => {
    const data = followUpDraftData({
      base,
      previous,
      nextLevel: "scoping",
      program: testProgram,
    });
    expect(data.steps["1"]).toEqual(base.steps["1"]);
    expect(data.steps["2"]).toEqual({
      situation: "Nous gérons les adhésions sur papier.",
      needs: "Un outil de suivi des familles et un site.",
      goals: "Passer plus de temps avec les familles.",
      beneficiaries: "Familles mal logées.",
      beneficiariesCount: "250",
      // The axes the programme no longer has are dropped.
      axes: ["housing", "other"],
    });
    expect(data.steps["3"]).toEqual({ levels: ["scoping"] });
    expect(data.steps["5"]).toEqual({ signatoryRole: "Présidente" });
  });

  it("never copies a cost, a rate, quotes, the signatory's name or the declarations", () => {
    const text = JSON.stringify(
      followUpDraftData({ base, previous, nextLevel: "scoping", program: testProgram }),
    );
    for (const field of [
      "TotalCost",
      "RatePercent",
      "Quotes",
      "signatoryName",
      "sworn",
      "Consent",
    ]) {
      expect(text).not.toContain(field);
    }
  });

  it("ticks nothing when there is no next level or the programme does not offer it", () => {
    expect(
      followUpDraftData({ base, previous, nextLevel: null, program: testProgram }).steps["3"],
    ).toBeUndefined();
    const withoutProduction = {
      ...testProgram,
      levels: testProgram.levels.filter((level) => level.kind !== "production"),
    };
    expect(
      followUpDraftData({ base, previous, nextLevel: "production", program: withoutProduction })
        .steps["3"],
    ).toBeUndefined();
  });

  it("keeps the profile's axes when the previous application gave none", () => {
    const data = followUpDraftData({
      base: { steps: { ...base.steps, "2": { axes: ["housing"] } } },
      previous: { steps: {} },
      nextLevel: "scoping",
      program: testProgram,
    });
    expect(data.steps["2"]).toEqual({ axes: ["housing"] });
    expect(data.steps["5"]).toBeUndefined();
  });
});
