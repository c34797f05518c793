import { describe, expect, it } from "vitest";
import { departementFromInput, parseDepartementList } from "./place-input";

describe("departementFromInput", () => {
  it.each([
    ["13", "13"],
    [" 13 ", "13"],
    ["2a", "2A"],
    ["2B", "2B"],
    ["6", "06"],
    ["974", "974"],
    ["13001", "13"],
    ["13 001", "13"],
    ["97600", "976"],
    ["20200", "2B"],
  ])("reads %j as %s", (input, expected) => {
    expect(departementFromInput(input)).toBe(expected);
  });

  it.each(["", "20", "96", "977", "98000", "1300", "Marseille", "2C", "00"])(
    "refuses %j",
    (input) => {
      expect(departementFromInput(input)).toBeNull();
    },
  );
});

describe("parseDepartementList", () => {
  it("reads codes separated by spaces, commas or semicolons, once each", () => {
    expect(parseDepartementList("13, 04 05;2a\n13 974")).toEqual({
      codes: ["13", "04", "05", "2A", "974"],
      invalid: [],
    });
  });

  it("returns the pieces that are not codes", () => {
    expect(parseDepartementList("13 20 977 abc")).toEqual({
      codes: ["13"],
      invalid: ["20", "977", "abc"],
    });
  });

  it("reads an empty text as no code", () => {
    expect(parseDepartementList("  ")).toEqual({ codes: [], invalid: [] });
  });
});
