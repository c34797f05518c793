import { describe, expect, it } from "vitest";
import { departementFromPostcode, isPostcode } from "./postcode";

describe("departementFromPostcode", () => {
  it.each([
    ["20000", "2A", "Ajaccio"],
    ["20090", "2A", "Ajaccio (quartiers)"],
    ["20137", "2A", "Porto-Vecchio"],
    ["20199", "2A", "last Corse-du-Sud number"],
    ["20200", "2B", "Bastia"],
    ["20250", "2B", "Corte"],
    ["20600", "2B", "Bastia (Furiani)"],
    ["20999", "2B", "last Corsican number"],
    ["97400", "974", "Saint-Denis (La Réunion)"],
    ["97600", "976", "Mamoudzou"],
    ["97100", "971", "Basse-Terre"],
    ["97133", "971", "Saint-Barthélemy, on Guadeloupe's prefix"],
    ["97200", "972", "Fort-de-France"],
    ["97300", "973", "Cayenne"],
    ["97500", "975", "Saint-Pierre"],
    ["13001", "13", "Marseille"],
    ["75001", "75", "Paris"],
    ["01000", "01", "Bourg-en-Bresse"],
    ["06000", "06", "Nice"],
    ["67000", "67", "Strasbourg"],
    ["95000", "95", "Cergy"],
    [" 69001 ", "69", "Lyon, with surrounding spaces"],
  ])("maps %s to %s (%s)", (postcode, expected) => {
    expect(departementFromPostcode(postcode)).toBe(expected);
  });

  it.each([
    ["98000", "Monaco"],
    ["98800", "Nouméa"],
    ["98714", "Papeete"],
    ["97700", "no 977 département"],
    ["97800", "no 978 département"],
    ["00100", "no 00 département"],
    ["96000", "no 96 département"],
    ["99000", "no 99 département"],
    ["1300", "four digits"],
    ["130011", "six digits"],
    ["13 001", "inner space"],
    ["2A000", "letters"],
    ["", "empty"],
    ["abcde", "not digits"],
  ])("answers null for %s (%s)", (postcode) => {
    expect(departementFromPostcode(postcode)).toBeNull();
  });
});

describe("isPostcode", () => {
  it("accepts five digits only", () => {
    expect(isPostcode("13001")).toBe(true);
    expect(isPostcode("1300")).toBe(false);
    expect(isPostcode(13001)).toBe(false);
  });
});
