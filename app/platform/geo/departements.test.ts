import { describe, expect, it } from "vitest";
import {
  departementCodes,
  departements,
  getDepartement,
  isDepartementCode,
  isOverseas,
} from "./departements";

describe("departements", () => {
  it("lists the 101 départements plus Saint-Pierre-et-Miquelon, each code once", () => {
    expect(departements).toHaveLength(102);
    expect(new Set(departementCodes).size).toBe(102);
    expect(departements.filter((d) => d.kind === "departement")).toHaveLength(101);
    expect(getDepartement("975")).toMatchObject({ kind: "collectivity", region: null });
  });

  it("covers 01-19, 2A, 2B, 21-95 and 971-976, without 20", () => {
    const expected = [
      ...Array.from({ length: 19 }, (_, i) => String(i + 1).padStart(2, "0")),
      "2A",
      "2B",
      ...Array.from({ length: 75 }, (_, i) => String(i + 21)),
      "971",
      "972",
      "973",
      "974",
      "975",
      "976",
    ];
    expect(departementCodes).toEqual(expected);
  });

  it("gives French names and régions", () => {
    expect(getDepartement("13")).toMatchObject({
      name: "Bouches-du-Rhône",
      region: "Provence-Alpes-Côte d'Azur",
    });
    expect(getDepartement("2A")).toMatchObject({ name: "Corse-du-Sud", region: "Corse" });
    expect(getDepartement("2B")).toMatchObject({ name: "Haute-Corse", region: "Corse" });
    expect(getDepartement("974")).toMatchObject({ name: "La Réunion", region: "La Réunion" });
    expect(getDepartement("976")).toMatchObject({ name: "Mayotte", region: "Mayotte" });
    expect(getDepartement("75")).toMatchObject({ name: "Paris", region: "Île-de-France" });
    expect(getDepartement("20")).toBeUndefined();
  });

  it("gives every metropolitan département one of the 13 metropolitan régions", () => {
    const regions = new Set(departements.filter((d) => !d.overseas).map((d) => d.region));
    expect(regions.size).toBe(13);
  });

  it.each([
    ["01", true],
    ["13", true],
    ["2A", true],
    ["2B", true],
    ["95", true],
    ["971", true],
    ["975", true],
    ["976", true],
    ["20", false],
    ["00", false],
    ["96", false],
    ["1", false],
    ["2a", false],
    ["977", false],
    ["988", false],
    [" 13", false],
    ["", false],
    [13, false],
    [null, false],
    [undefined, false],
  ])("isDepartementCode(%j) is %s", (value, expected) => {
    expect(isDepartementCode(value)).toBe(expected);
  });

  it.each([
    ["971", true],
    ["972", true],
    ["973", true],
    ["974", true],
    ["975", true],
    ["976", true],
    ["13", false],
    ["2A", false],
    ["2B", false],
    ["977", false],
    ["nope", false],
  ])("isOverseas(%s) is %s", (code, expected) => {
    expect(isOverseas(code)).toBe(expected);
  });
});
