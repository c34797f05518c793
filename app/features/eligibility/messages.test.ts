import { describe, expect, it } from "vitest";
import { en, fr } from "./messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("eligibility messages", () => {
  it("uses the same placeholders in French and English", () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it("has no extra English key", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
});
