import { describe, expect, it } from "vitest";
import { formatEuros } from "~/platform/format/money";
import { supportLevelIds } from "./levels";
import { en, fr } from "./messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("funding messages", () => {
  it("uses the same placeholders in French and English", () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it("labels every level", () => {
    for (const level of supportLevelIds) expect(fr[`funding.level.${level}`]).toBeTruthy();
  });
});

describe("formatEuros", () => {
  it("writes cents as euros", () => {
    expect(formatEuros(600_000).replace(/\s/g, " ")).toBe("6 000,00 €");
    expect(formatEuros(5).replace(/\s/g, " ")).toBe("0,05 €");
    expect(formatEuros(600_000, "en")).toBe("€6,000.00");
    expect(() => formatEuros(1.5)).toThrow(RangeError);
  });
});
