import { describe, expect, it } from "vitest";
import { grantedTotalCents, pdfSafe } from "./pdf-common.server";

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

describe("grantedTotalCents", () => {
  it("adds the amounts of the granted levels only", () => {
    expect(
      grantedTotalCents([
        { label: "A", granted: true, ratePercent: 65, costCents: 800_000, grantedCents: 520_000 },
        { label: "B", granted: false, ratePercent: null, costCents: 100_000, grantedCents: 50_000 },
        { label: "C", granted: true, ratePercent: 100, costCents: null, grantedCents: null },
        { label: "D", granted: true, ratePercent: 25, costCents: 1_000_001, grantedCents: 250_000 },
      ]),
    ).toBe(770_000);
    expect(grantedTotalCents([])).toBe(0);
  });
});
