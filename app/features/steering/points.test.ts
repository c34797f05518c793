import { describe, expect, it } from "vitest";
import { formatSignedTenths, formatTenths, isSingularPoints } from "./points";

describe("points in tenths", () => {
  it("writes a comma in French and a point in English, always one decimal", () => {
    expect(formatTenths(123, "fr")).toBe("12,3");
    expect(formatTenths(450, "fr")).toBe("45,0");
    expect(formatTenths(1000, "fr")).toBe("100,0");
    expect(formatTenths(123, "en")).toBe("12.3");
    expect(formatTenths(0, "fr")).toBe("0,0");
  });

  it("signs a gain, and a loss, but not zero", () => {
    expect(formatSignedTenths(123, "fr")).toBe("+12,3");
    expect(formatSignedTenths(-30, "fr")).toBe("-3,0");
    expect(formatSignedTenths(-5, "en")).toBe("-0.5");
    expect(formatSignedTenths(0, "fr")).toBe("0,0");
  });

  it("takes the singular under 2 points in French, only for exactly one in English", () => {
    expect(isSingularPoints(0, "fr")).toBe(true);
    expect(isSingularPoints(15, "fr")).toBe(true);
    expect(isSingularPoints(-19, "fr")).toBe(true);
    expect(isSingularPoints(20, "fr")).toBe(false);
    expect(isSingularPoints(123, "fr")).toBe(false);
    expect(isSingularPoints(10, "en")).toBe(false);
    expect(isSingularPoints(123, "en")).toBe(false);
  });
});
