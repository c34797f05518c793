import { describe, expect, it } from "vitest";
import { centsToInput, parseEuros } from "./money";

describe("parseEuros", () => {
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
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(["", "-5", "abc", "1,234,5", "12,345", "1e3", "12.", ",5", "99999999999999"])(
    "refuses %j",
    (text) => {
      expect(parseEuros(text)).toBeNull();
    },
  );
});

describe("centsToInput", () => {
  it("writes cents back as a form value that parseEuros reads", () => {
    for (const cents of [0, 5, 250_050, 1_000_000, 123_456_789]) {
      expect(parseEuros(centsToInput(cents))).toBe(cents);
    }
    expect(centsToInput(250_050)).toBe("2500,50");
    expect(centsToInput(1_000_000)).toBe("10000");
  });
});
