import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsToInput, formatEuros, formatPercent, parseEurosToCents } from "./money";

describe("parseEurosToCents", () => {
  it.each([
    ["10000", 1_000_000],
    ["10 000", 1_000_000],
    ["10\u00a0000", 1_000_000],
    ["10\u202f000 €", 1_000_000],
    ["2 500,50", 250_050],
    ["2500.5", 250_050],
    ["0,05", 5],
    ["0", 0],
    [" 12,3 ", 1_230],
    ["€ 80", 8000],
    ["999999999999,99", 99_999_999_999_999],
  ])("reads %j as %i cents", (text, cents) => expect(parseEurosToCents(text)).toBe(cents));

  it.each([
    "",
    "-5",
    "abc",
    "douze",
    "1,234,5",
    "12,345",
    "1.000,00",
    "1e3",
    "1e308",
    "12.",
    ",5",
    "1000000000000",
    "12 000 000 000 000",
    "€",
  ])("refuses %j", (text) => expect(parseEurosToCents(text)).toBeNull());

  it("reads back what centsToInput and formatEuros (French) write", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (cents) => {
        expect(parseEurosToCents(centsToInput(cents))).toBe(cents);
        expect(parseEurosToCents(formatEuros(cents, "fr"))).toBe(cents);
      }),
    );
  });
});

describe("formatEuros and formatPercent", () => {
  it("writes euros in each language", () => {
    expect(formatEuros(600_000).replace(/\s/g, " ")).toBe("6 000,00 €");
    expect(formatEuros(600_000, "en")).toBe("€6,000.00");
    expect(() => formatEuros(1.5)).toThrow(RangeError);
  });
  it("keeps the % with its number in French", () => {
    expect(formatPercent(100, "fr")).toBe("100\u00a0%");
    expect(formatPercent(55, "en")).toBe("55%");
  });
});
