import { describe, expect, it } from "vitest";
import { createTranslator, localeFromCookie } from "~/platform/i18n/translator";
import { catalogue, catalogueParts } from "./i18n.server";

describe("message catalogue", () => {
  it("has every French key in English, and no English key without French", () => {
    const frKeys = Object.keys(catalogue.fr).sort();
    const enKeys = Object.keys(catalogue.en).sort();
    expect(enKeys).toEqual(frKeys);
  });

  it("has no empty message in either language", () => {
    for (const locale of ["fr", "en"] as const) {
      const empty = Object.entries(catalogue[locale]).filter(([, text]) => text.trim() === "");
      expect(empty, locale).toEqual([]);
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(catalogue.fr)) {
      expect(placeholders(catalogue.en[key as keyof typeof catalogue.en]), key).toEqual(
        placeholders(text),
      );
    }
  });

  it("has no key defined by two features", () => {
    const counts = new Map<string, number>();
    for (const part of Object.values(catalogueParts)) {
      for (const key of Object.keys(part.fr)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts].filter(([, count]) => count > 1)).toEqual([]);
  });
});

describe("translator", () => {
  it("interpolates parameters and keeps unknown placeholders", () => {
    const t = createTranslator(catalogue, "fr");
    expect(t("auth.signUp.sentBody", { email: "a@b.fr" })).toContain("a@b.fr");
    expect(t("shell.signedInAs")).toContain("{name}");
  });
  it("reads the locale from the lang cookie, French by default", () => {
    expect(localeFromCookie(null)).toBe("fr");
    expect(localeFromCookie("a=1; lang=en")).toBe("en");
    expect(localeFromCookie("lang=de")).toBe("fr");
  });
});
