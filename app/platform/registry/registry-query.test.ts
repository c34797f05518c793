import { describe, expect, it } from "vitest";
import { classifyRegistryQuery } from "./registry-query";

describe("registry queries", () => {
  it.each([
    ["732 829 320 00074", "siret", "73282932000074"],
    ["732.829.320", "siren", "732829320"],
    ["w 133 012 345", "rna", "W133012345"],
    ["  Le   Toit  Partagé ", "text", "Le Toit Partagé"],
    ["12345", "text", "12345"],
  ] as const)("%j is a %s query for %j", (raw, kind, query) => {
    expect(classifyRegistryQuery(raw)).toEqual({ kind, query });
  });
});
