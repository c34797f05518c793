import { describe, expect, it } from "vitest";
import { budgetBandForAmount, budgetBandIds, budgetBands } from "./budget-bands";
import { en, fr } from "./messages";

describe("budget bands", () => {
  it("are contiguous from 0 with an open last band", () => {
    let expectedMin = 0;
    budgetBands.forEach((band, index) => {
      expect(band.minCents).toBe(expectedMin);
      if (index === budgetBands.length - 1) {
        expect(band.maxCents).toBeNull();
      } else {
        expect(band.maxCents).toBeGreaterThan(band.minCents);
        expectedMin = band.maxCents ?? Number.NaN;
      }
    });
  });

  it("each have a French and an English label", () => {
    for (const id of budgetBandIds) {
      expect(fr[`organizations.budgetBand.${id}`]).toMatch(/\S/);
      expect(en[`organizations.budgetBand.${id}`]).toMatch(/\S/);
    }
    expect(fr["organizations.budgetBand.under_10k"]).toBe("Moins de 10\u00a0000\u00a0€");
  });

  it.each([
    [0, "under_10k"],
    [999_999, "under_10k"],
    [1_000_000, "from_10k_to_50k"],
    [4_999_999, "from_10k_to_50k"],
    [5_000_000, "from_50k_to_200k"],
    [20_000_000, "from_200k_to_500k"],
    [50_000_000, "from_500k_to_1m"],
    [100_000_000, "from_1m_to_5m"],
    [499_999_999, "from_1m_to_5m"],
    [500_000_000, "over_5m"],
    [Number.MAX_SAFE_INTEGER, "over_5m"],
  ])("puts %i cents in %s", (cents, id) => {
    expect(budgetBandForAmount(cents)).toBe(id);
  });

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s cents", (cents) => {
    expect(() => budgetBandForAmount(cents)).toThrow(RangeError);
  });
});
