import { describe, expect, it } from "vitest";
import { formatApplicationNumber, parseApplicationNumber } from "./application-number";

describe("formatApplicationNumber", () => {
  it.each([
    [2026, 42, "DE-2026-00042"],
    [2026, 1, "DE-2026-00001"],
    [2027, 99999, "DE-2027-99999"],
    [2027, 100000, "DE-2027-100000"],
    [2030, 1234567, "DE-2030-1234567"],
  ])("formats (%i, %i) as %s", (year, sequence, expected) => {
    expect(formatApplicationNumber(year, sequence)).toBe(expected);
  });

  it.each([
    [999, 1],
    [10000, 1],
    [2026.5, 1],
    [Number.NaN, 1],
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [2026, Number.POSITIVE_INFINITY],
    [2026, Number.MAX_SAFE_INTEGER + 1],
  ])("rejects year %s with sequence %s", (year, sequence) => {
    expect(() => formatApplicationNumber(year, sequence)).toThrow(RangeError);
  });
});

describe("parseApplicationNumber", () => {
  it.each([
    ["DE-2026-00042", 2026, 42],
    ["DE-2026-99999", 2026, 99999],
    ["DE-2026-100000", 2026, 100000],
    ["  de-2026-00042 ", 2026, 42],
  ])("parses %j", (text, year, sequence) => {
    expect(parseApplicationNumber(text)).toEqual({ year, sequence });
  });

  it.each([
    "",
    "DE-2026-42",
    "DE-2026-0042",
    "DE-2026-000042",
    "DE-2026-00000",
    "DE-26-00042",
    "DE-0999-00042",
    "DE2026-00042",
    "DE-2026-00042-1",
    "XX-2026-00042",
    "DE-2026-0004a",
    "DE-2026-١٢٣٤٥",
    "DE-2026-99999999999999999",
  ])("rejects %j", (text) => {
    expect(parseApplicationNumber(text)).toBeNull();
  });

  it("round-trips with formatApplicationNumber", () => {
    for (const sequence of [1, 9, 10, 99, 12345, 99999, 100000, 100001, 9876543]) {
      for (const year of [2024, 2026, 2099]) {
        expect(parseApplicationNumber(formatApplicationNumber(year, sequence))).toEqual({
          year,
          sequence,
        });
      }
    }
  });
});
