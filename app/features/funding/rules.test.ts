import { describe, expect, it } from "vitest";
import { MAX_TOTAL_COST_CENTS, shareOfCents, simulateFunding, splitCost } from "./rules";

/** Reference rounding with BigInt: total * rate / 100, half up. */
const reference = (total: number, rate: number) =>
  Number((BigInt(total) * BigInt(rate) * 2n + 100n) / 200n);

/** Deterministic pseudo-random costs (xorshift32, two draws per cost), so loops are reproducible. */
function* randomCosts(count: number, max: number, seed = 42): Generator<number> {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  for (let i = 0; i < count; i += 1) {
    yield Number(((BigInt(next()) << 32n) | BigInt(next())) % BigInt(max + 1));
  }
}

describe("shareOfCents", () => {
  it.each([
    [1_000_000, 60, 600_000],
    [1_000_000, 55, 550_000],
    [1_000_000, 75, 750_000],
    [0, 60, 0],
    [1, 50, 1], // 0.5 cent rounds up
    [1, 49, 0],
    [1, 51, 1],
    [3, 50, 2], // 1.5 -> 2
    [5, 50, 3], // 2.5 -> 3 (half up, not half even)
    [7, 55, 4], // 3.85 -> 4
    [10, 55, 6], // 5.5 -> 6
    [12_345, 25, 3_086], // 3086.25 -> 3086
    [12_346, 25, 3_087], // 3086.5 -> 3087
    [99, 75, 74], // 74.25 -> 74
    [999_999, 33, 330_000], // 329999.67 -> 330000
    [123_456_789, 55, 67_901_234], // 67901233.95 -> 67901234
    [MAX_TOTAL_COST_CENTS, 100, MAX_TOTAL_COST_CENTS],
    [MAX_TOTAL_COST_CENTS, 55, 55_000_000_000],
    [MAX_TOTAL_COST_CENTS - 1, 55, 54_999_999_999], // 54999999999.45 -> ...999
    [17, 0, 0],
    [17, 100, 17],
  ])("%i cents at %i %% is %i cents", (total, rate, share) => {
    expect(shareOfCents(total, rate)).toBe(share);
    expect(reference(total, rate)).toBe(share);
  });

  it.each([
    [-1, 50],
    [1.5, 50],
    [MAX_TOTAL_COST_CENTS + 1, 50],
    [Number.NaN, 50],
    [100, -1],
    [100, 101],
    [100, 55.5],
  ])("refuses %d cents at %d %%", (total, rate) => {
    expect(() => shareOfCents(total, rate)).toThrow(RangeError);
  });

  it("matches the BigInt reference for every cost 0-10 000 and every rate (property)", () => {
    for (let total = 0; total <= 10_000; total += 1) {
      for (let rate = 0; rate <= 100; rate += 1) {
        const { programmeShareCents, remainingCents } = splitCost(total, rate);
        if (programmeShareCents !== reference(total, rate)) {
          throw new Error(`share of ${total} at ${rate}%: ${programmeShareCents}`);
        }
        if (programmeShareCents + remainingCents !== total || remainingCents < 0) {
          throw new Error(`split of ${total} at ${rate}% does not add up`);
        }
      }
    }
  });

  it("adds up and rounds half up for 20 000 random costs up to the cap (property)", () => {
    for (const total of randomCosts(20_000, MAX_TOTAL_COST_CENTS)) {
      for (const rate of [0, 1, 25, 33, 50, 55, 67, 75, 99, 100]) {
        const { programmeShareCents, remainingCents } = splitCost(total, rate);
        if (programmeShareCents + remainingCents !== total) {
          throw new Error(`split of ${total} at ${rate}% does not add up`);
        }
        if (programmeShareCents !== reference(total, rate)) {
          throw new Error(`share of ${total} at ${rate}%: ${programmeShareCents}`);
        }
      }
    }
  });

  it("never decreases when the rate grows (property)", () => {
    for (const total of randomCosts(2_000, 10_000_000, 7)) {
      let previous = 0;
      for (let rate = 0; rate <= 100; rate += 1) {
        const share = shareOfCents(total, rate);
        if (share < previous) throw new Error(`share of ${total} drops at ${rate}%`);
        previous = share;
      }
    }
  });
});

describe("simulateFunding", () => {
  it("gives the split at both bounds and at the chosen rate (issue example)", () => {
    expect(
      simulateFunding({
        totalCostCents: 1_000_000,
        minRatePercent: 55,
        maxRatePercent: 75,
        ratePercent: 60,
      }),
    ).toEqual({
      ok: true,
      value: {
        totalCostCents: 1_000_000,
        eligibleCostCents: 1_000_000,
        costCeilingCents: null,
        minRatePercent: 55,
        maxRatePercent: 75,
        atMinRate: { ratePercent: 55, programmeShareCents: 550_000, remainingCents: 450_000 },
        atMaxRate: { ratePercent: 75, programmeShareCents: 750_000, remainingCents: 250_000 },
        atChosenRate: { ratePercent: 60, programmeShareCents: 600_000, remainingCents: 400_000 },
      },
    });
  });

  it("leaves the chosen rate empty when none is given", () => {
    const result = simulateFunding({ totalCostCents: 333, minRatePercent: 25, maxRatePercent: 50 });
    expect(result.ok && result.value.atChosenRate).toBeNull();
    expect(result.ok && result.value.atMinRate).toEqual({
      ratePercent: 25,
      programmeShareCents: 83,
      remainingCents: 250,
    });
    expect(result.ok && result.value.atMaxRate).toEqual({
      ratePercent: 50,
      programmeShareCents: 167,
      remainingCents: 166,
    });
  });

  it("accepts a rate on each bound, and a fixed rate (100 % diagnostic)", () => {
    const bounds = { totalCostCents: 1000, minRatePercent: 55, maxRatePercent: 75 };
    expect(simulateFunding({ ...bounds, ratePercent: 55 }).ok).toBe(true);
    expect(simulateFunding({ ...bounds, ratePercent: 75 }).ok).toBe(true);
    const diagnostic = simulateFunding({
      totalCostCents: 250_000,
      minRatePercent: 100,
      maxRatePercent: 100,
      ratePercent: 100,
    });
    expect(diagnostic.ok && diagnostic.value.atChosenRate).toEqual({
      ratePercent: 100,
      programmeShareCents: 250_000,
      remainingCents: 0,
    });
  });

  it.each([
    [{ ratePercent: 54 }, [{ code: "rate_out_of_bounds", field: "ratePercent" }]],
    [{ ratePercent: 76 }, [{ code: "rate_out_of_bounds", field: "ratePercent" }]],
    [{ ratePercent: 101 }, [{ code: "invalid_rate", field: "ratePercent" }]],
    [{ ratePercent: 60.5 }, [{ code: "invalid_rate", field: "ratePercent" }]],
    [{ totalCostCents: -1 }, [{ code: "invalid_cost", field: "totalCostCents" }]],
    [{ totalCostCents: 10.5 }, [{ code: "invalid_cost", field: "totalCostCents" }]],
    [{ totalCostCents: Number.NaN }, [{ code: "invalid_cost", field: "totalCostCents" }]],
    [
      { totalCostCents: Number.POSITIVE_INFINITY },
      [{ code: "invalid_cost", field: "totalCostCents" }],
    ],
    [
      { totalCostCents: MAX_TOTAL_COST_CENTS + 1 },
      [{ code: "cost_too_large", field: "totalCostCents" }],
    ],
    [{ totalCostCents: 2 ** 60 }, [{ code: "invalid_cost", field: "totalCostCents" }]],
    [{ minRatePercent: 80 }, [{ code: "invalid_bounds", field: "maxRatePercent" }]],
    [{ minRatePercent: -5 }, [{ code: "invalid_bounds", field: "minRatePercent" }]],
    [
      { totalCostCents: -3, ratePercent: 90 },
      [
        { code: "invalid_cost", field: "totalCostCents" },
        { code: "rate_out_of_bounds", field: "ratePercent" },
      ],
    ],
  ])("refuses %j", (changes, errors) => {
    const input = {
      totalCostCents: 1_000_000,
      minRatePercent: 55,
      maxRatePercent: 75,
      ratePercent: 60,
      ...changes,
    };
    expect(simulateFunding(input)).toEqual({ ok: false, errors });
  });

  it("computes the share on the ceiling when the cost is above it", () => {
    const result = simulateFunding({
      totalCostCents: 1_500_000,
      minRatePercent: 25,
      maxRatePercent: 50,
      ratePercent: 40,
      costCeilingCents: 1_000_000,
    });
    expect(result.ok && result.value).toMatchObject({
      eligibleCostCents: 1_000_000,
      costCeilingCents: 1_000_000,
      atMinRate: { ratePercent: 25, programmeShareCents: 250_000, remainingCents: 1_250_000 },
      atMaxRate: { ratePercent: 50, programmeShareCents: 500_000, remainingCents: 1_000_000 },
      atChosenRate: { ratePercent: 40, programmeShareCents: 400_000, remainingCents: 1_100_000 },
    });
  });

  it("ignores the ceiling when the cost is below it", () => {
    const result = simulateFunding({
      totalCostCents: 800_000,
      minRatePercent: 25,
      maxRatePercent: 50,
      costCeilingCents: 1_000_000,
    });
    expect(result.ok && result.value.atMaxRate).toEqual({
      ratePercent: 50,
      programmeShareCents: 400_000,
      remainingCents: 400_000,
    });
  });

  it("refuses an invalid ceiling", () => {
    expect(
      simulateFunding({
        totalCostCents: 1,
        minRatePercent: 25,
        maxRatePercent: 50,
        costCeilingCents: -1,
      }),
    ).toEqual({ ok: false, errors: [{ code: "invalid_ceiling", field: "costCeilingCents" }] });
  });

  it("accepts the cap itself", () => {
    const result = simulateFunding({
      totalCostCents: MAX_TOTAL_COST_CENTS,
      minRatePercent: 25,
      maxRatePercent: 50,
    });
    expect(result.ok).toBe(true);
  });
});
