import { describe, expect, it } from "vitest";
import { maturityLevels, scoreBands } from "../maturity";
import { nextStepReasons, recommendedLevels } from "../next-step";
import { bankVersions, getQuestionBank } from "../question-bank";
import { getRecommendationCatalogue, getRecommendations } from ".";

/** A plain French sentence: starts with a capital letter and ends with a full stop. */
const sentence = /^[A-ZÀ-ÖØ-Ý].{15,}\.$/;

describe.each(bankVersions)("recommendations %s", (version) => {
  const catalogue = getRecommendationCatalogue(version);
  const bank = getQuestionBank(version);

  it("exists for every published question bank version", () => {
    expect(catalogue?.version).toBe(version);
  });

  it("covers exactly the dimensions of the question bank", () => {
    expect(Object.keys(catalogue?.dimensions ?? {}).sort()).toEqual(
      bank.dimensions.map((d) => d.id).sort(),
    );
  });

  const cases = bank.dimensions.flatMap((d) => scoreBands.map((band) => [d.id, band] as const));

  it.each(cases)("%s / %s has a sentence and 2 or 3 recommendations", (dimensionId, band) => {
    const advice = catalogue?.dimensions[dimensionId][band];
    expect(advice?.summary).toMatch(sentence);
    const recommendations = advice?.recommendations ?? [];
    expect(recommendations.length).toBeGreaterThanOrEqual(2);
    expect(recommendations.length).toBeLessThanOrEqual(3);
    for (const recommendation of recommendations) {
      expect(recommendation.text).toMatch(sentence);
      const link = recommendation.link;
      if (link?.kind === "resource") {
        expect(new URL(link.url).protocol).toBe("https:");
        expect(link.title.trim()).not.toBe("");
      } else if (link) {
        expect(recommendedLevels).toContain(link.level);
      }
    }
  });

  it("never repeats a sentence or a recommendation", () => {
    const texts = Object.values(catalogue?.dimensions ?? {}).flatMap((bands) =>
      Object.values(bands).flatMap((advice) => [
        advice.summary,
        ...advice.recommendations.map((r) => r.text),
      ]),
    );
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("explains every next-step reason in one sentence", () => {
    for (const reason of nextStepReasons) {
      expect(catalogue?.nextStepReasons[reason]).toMatch(sentence);
    }
  });

  it("labels and describes every maturity level", () => {
    expect(maturityLevels.map((level) => catalogue?.maturityLevels[level].label)).toEqual([
      "Premiers pas",
      "En construction",
      "Intermédiaire",
      "Avancé",
    ]);
    for (const level of maturityLevels) {
      expect(catalogue?.maturityLevels[level].description).toMatch(sentence);
    }
  });
});

describe("getRecommendations", () => {
  it.each([
    [0, "priority"],
    [39, "priority"],
    [40, "progressing"],
    [70, "progressing"],
    [71, "solid"],
    [100, "solid"],
  ] as const)("chooses the band of a score of %i: %s", (score, band) => {
    const advice = getRecommendations("2026-1", "security", score);
    const expected = getRecommendationCatalogue("2026-1")?.dimensions.security[band];
    expect(advice).toEqual({ band, ...expected });
  });

  it("starts the security priorities with the automatic backup", () => {
    const advice = getRecommendations("2026-1", "security", 10);
    expect(advice?.recommendations[0]?.text).toBe(
      "Mettez en place une sauvegarde automatique de vos documents et testez une restauration.",
    );
  });

  it("returns undefined for an unknown version", () => {
    expect(getRecommendations("1999-1", "data", 50)).toBeUndefined();
    expect(getRecommendationCatalogue("hasOwnProperty")).toBeUndefined();
  });
});
