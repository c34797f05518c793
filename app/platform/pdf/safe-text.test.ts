import { describe, expect, it } from "vitest";
import { pdfSafe } from "./safe-text";

describe("pdfSafe", () => {
  it("keeps French text the standard fonts can draw", () => {
    const french = "Élève, cœur, « guillemets », l’apostrophe – tiret — salarié·e, 5 €, ÿ Ÿ œ Œ…";
    expect(pdfSafe(french)).toBe(french);
    expect(pdfSafe("ligne 1\nligne 2")).toBe("ligne 1\nligne 2");
  });
  it("turns narrow no-break spaces into no-break spaces, so amounts stay whole", () => {
    expect(pdfSafe("2\u202f800,00\u00a0€ et 65\u202f%")).toBe("2\u00a0800,00\u00a0€ et 65\u00a0%");
    expect(pdfSafe("a\u2009b")).toBe("a b");
  });
  it("spells a few symbols in ASCII and marks any other missing character", () => {
    expect(pdfSafe("≥ 3, ≤ 5, → suite, −2")).toBe(">= 3, <= 5, -> suite, -2");
    expect(pdfSafe("中文 🗓 ą")).toBe("?? ? ?");
  });
});
