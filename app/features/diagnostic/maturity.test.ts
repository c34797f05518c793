import { describe, expect, it } from "vitest";
import { maturityLevelOf, scoreBandOf } from "./maturity";

describe("maturityLevelOf", () => {
  it.each([
    [0, "debutant"],
    [25, "debutant"],
    [26, "en_construction"],
    [50, "en_construction"],
    [51, "intermediaire"],
    [70, "intermediaire"],
    [71, "avance"],
    [100, "avance"],
  ] as const)("reads %i as %s", (score, level) => {
    expect(maturityLevelOf(score)).toBe(level);
  });
});

describe("scoreBandOf", () => {
  it.each([
    [0, "priority"],
    [39, "priority"],
    [40, "progressing"],
    [70, "progressing"],
    [71, "solid"],
    [100, "solid"],
  ] as const)("reads %i as %s", (score, band) => {
    expect(scoreBandOf(score)).toBe(band);
  });
});
