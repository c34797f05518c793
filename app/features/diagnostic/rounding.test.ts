import { describe, expect, it } from "vitest";
import { roundHalfUpRatio } from "./rounding";

describe("roundHalfUpRatio", () => {
  it("rounds halves up", () => {
    expect(roundHalfUpRatio(1000, 16)).toBe(63); // 62.5
    expect(roundHalfUpRatio(600, 16)).toBe(38); // 37.5
    expect(roundHalfUpRatio(1, 2)).toBe(1); // 0.5
    expect(roundHalfUpRatio(388, 8)).toBe(49); // 48.5
  });

  it("rounds other fractions to the nearest integer", () => {
    expect(roundHalfUpRatio(500, 12)).toBe(42); // 41.67
    expect(roundHalfUpRatio(700, 12)).toBe(58); // 58.33
    expect(roundHalfUpRatio(100, 12)).toBe(8); // 8.33
    expect(roundHalfUpRatio(0, 4)).toBe(0);
    expect(roundHalfUpRatio(400, 4)).toBe(100);
  });

  it("is exact where float arithmetic is not (1.005 x 100 is 100.49999...)", () => {
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(roundHalfUpRatio(201, 2)).toBe(101); // 100.5 exactly
  });

  it("refuses non-integers, negatives and a zero denominator", () => {
    expect(() => roundHalfUpRatio(1.5, 2)).toThrow(RangeError);
    expect(() => roundHalfUpRatio(-1, 2)).toThrow(RangeError);
    expect(() => roundHalfUpRatio(1, 0)).toThrow(RangeError);
  });
});
