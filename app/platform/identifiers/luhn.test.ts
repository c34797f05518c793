import { describe, expect, it } from "vitest";
import { isLuhnValid, luhnCheckDigit } from "./luhn";

describe("Luhn", () => {
  it.each(["79927398713", "4539578763621486", "0", "18", "732829320"])("accepts %s", (digits) => {
    expect(isLuhnValid(digits)).toBe(true);
  });

  it.each(["79927398710", "1", "732829321", "", "12a4", " 18"])("rejects %j", (digits) => {
    expect(isLuhnValid(digits)).toBe(false);
  });

  it("computes the check digit", () => {
    expect(luhnCheckDigit("7992739871")).toBe("3");
    expect(luhnCheckDigit("73282932")).toBe("0");
    expect(luhnCheckDigit("55210055")).toBe("4");
    expect(() => luhnCheckDigit("12 3")).toThrow(RangeError);
    expect(() => luhnCheckDigit("")).toThrow(RangeError);
  });
});
