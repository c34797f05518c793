import { describe, expect, it } from "vitest";
import { computeGrant, grantedAmountCents, rateWithinBounds } from "./amounts";

describe("grantedAmountCents", () => {
  it.each([
    // cost, rate, ceiling, granted
    [1_200_000, 75, null, 900_000],
    [1_200_000, 55, null, 660_000],
    [100, 50, null, 50],
    // 0.5 cent rounds up
    [101, 50, null, 51],
    [1, 50, null, 1],
    // 0.49 cent rounds down
    [333, 15, null, 50],
    // 33.3 cents -> 33, 66.6 -> 67
    [111, 30, null, 33],
    [222, 30, null, 67],
    [999_999, 25, null, 250_000],
    [1_000_000, 100, null, 1_000_000],
    // the ceiling caps the cost the rate applies to
    [2_000_000, 50, 1_500_000, 750_000],
    [1_000_000, 50, 1_500_000, 500_000],
  ])("cost %i at %i %% (ceiling %s) grants %i cents", (cost, rate, ceiling, granted) => {
    expect(grantedAmountCents(cost, rate, ceiling)).toBe(granted);
  });

  it("stays exact on large amounts (no floating point)", () => {
    // 1 000 000 000 € at 33 %: 33 000 000 000 cents exactly.
    expect(grantedAmountCents(100_000_000_000, 33)).toBe(33_000_000_000);
    expect(grantedAmountCents(99_999_999_999, 33)).toBe(33_000_000_000);
  });
});

describe("computeGrant", () => {
  const scoping = { minRatePercent: 55, maxRatePercent: 75, costCeilingCents: null };
  it("grants within the bounds, bounds included", () => {
    expect(computeGrant({ costCents: 1_200_000, ratePercent: 55 }, scoping)).toEqual({
      ok: true,
      grantedCents: 660_000,
    });
    expect(computeGrant({ costCents: 1_200_000, ratePercent: 75 }, scoping)).toEqual({
      ok: true,
      grantedCents: 900_000,
    });
  });
  it.each([
    [{ costCents: 1_200_000, ratePercent: 54 }, "rate_out_of_bounds"],
    [{ costCents: 1_200_000, ratePercent: 76 }, "rate_out_of_bounds"],
    [{ costCents: 1_200_000, ratePercent: 60.5 }, "rate_out_of_bounds"],
    [{ costCents: 1_200_000, ratePercent: null }, "rate_required"],
    [{ costCents: null, ratePercent: 60 }, "cost_required"],
    [{ costCents: 0, ratePercent: 60 }, "cost_invalid"],
    [{ costCents: -5, ratePercent: 60 }, "cost_invalid"],
    [{ costCents: 100_000_000_001, ratePercent: 60 }, "cost_invalid"],
  ] as const)("refuses %o: %s", (input, problem) => {
    expect(computeGrant(input, scoping)).toEqual({ ok: false, problem });
  });
  it("checks rates against the bounds", () => {
    expect(rateWithinBounds(100, { ...scoping, minRatePercent: 100, maxRatePercent: 100 })).toBe(
      true,
    );
    expect(rateWithinBounds(99, { ...scoping, minRatePercent: 100, maxRatePercent: 100 })).toBe(
      false,
    );
  });
});
