import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grantedAmountCents } from "~/features/committees";
import {
  checkPaymentStep,
  consumptionByFunder,
  EXHAUSTED_PERCENT,
  envelopeConsumption,
  type FundingSplit,
  grantsByFunder,
  levelSplit,
  MAX_FUNDERS_PER_SPLIT,
  type PartMoney,
  programmeSplitOf,
  remainingCostCents,
  splitShare,
  validateSplit,
  WARNING_PERCENT,
} from "./co-funding";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Builds a split from weights, funders named f0, f1, ... */
const splitOf = (...weights: number[]): FundingSplit =>
  weights.map((weight, index) => ({ funderId: `f${index}`, weight }));

const centsOf = (shareCents: number, split: FundingSplit) =>
  splitShare(shareCents, split).map(({ cents }) => cents);

/** Random splits: 1–10 distinct funders, weights 1–10 000. */
const arbSplit = (maxWeight = 10_000) =>
  fc.uniqueArray(
    fc.record({
      funderId: fc.string({ minLength: 1, maxLength: 12 }),
      weight: fc.integer({ min: 1, max: maxWeight }),
    }),
    { minLength: 1, maxLength: MAX_FUNDERS_PER_SPLIT, selector: ({ funderId }) => funderId },
  );

/** Random shares: 0 … 10^12 cents, biased towards the small and the bounds. */
const arbShare = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000_000 }),
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom(0, 1, 999_999_999_999, 1_000_000_000_000),
);

const RUNS = { numRuns: 2_000 };

describe("constants", () => {
  it("are the documented thresholds", () => {
    expect(WARNING_PERCENT).toBe(80);
    expect(EXHAUSTED_PERCENT).toBe(100);
    expect(MAX_FUNDERS_PER_SPLIT).toBe(10);
  });
});

describe("validateSplit", () => {
  it("accepts 1 to 10 distinct funders with positive safe-integer weights", () => {
    expect(validateSplit(splitOf(100))).toEqual({ ok: true });
    expect(validateSplit(splitOf(70, 30))).toEqual({ ok: true });
    expect(validateSplit(splitOf(2, 1))).toEqual({ ok: true });
    expect(validateSplit(splitOf(...Array<number>(10).fill(1)))).toEqual({ ok: true });
    expect(validateSplit(splitOf(MAX_SAFE, MAX_SAFE))).toEqual({ ok: true });
  });

  it("refuses an empty split", () => {
    expect(validateSplit([])).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses more than 10 funders", () => {
    expect(validateSplit(splitOf(...Array<number>(11).fill(1)))).toEqual({
      ok: false,
      problem: "too_many",
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_SAFE + 1])(
    "refuses the weight %d",
    (weight) => {
      expect(validateSplit(splitOf(70, weight))).toEqual({ ok: false, problem: "weight_invalid" });
      expect(validateSplit(splitOf(weight))).toEqual({ ok: false, problem: "weight_invalid" });
    },
  );

  it("refuses a funder listed twice", () => {
    const split = [
      { funderId: "region", weight: 70 },
      { funderId: "state", weight: 20 },
      { funderId: "region", weight: 10 },
    ];
    expect(validateSplit(split)).toEqual({ ok: false, problem: "duplicate_funder" });
  });

  it("reports problems in order: too_many, then weight_invalid, then duplicate_funder", () => {
    const eleven = [...splitOf(0, ...Array<number>(9).fill(1)), { funderId: "f0", weight: 1 }];
    expect(validateSplit(eleven)).toEqual({ ok: false, problem: "too_many" });
    expect(validateSplit([...splitOf(0), { funderId: "f0", weight: 1 }])).toEqual({
      ok: false,
      problem: "weight_invalid",
    });
  });

  it("accepts every generated split (property)", () => {
    fc.assert(
      fc.property(arbSplit(), (split) => validateSplit(split).ok),
      RUNS,
    );
  });
});

describe("splitShare, examples", () => {
  it("splits 8 400,00 € at 70 / 30 into 5 880,00 € + 2 520,00 €", () => {
    expect(splitShare(840_000, splitOf(70, 30))).toEqual([
      { funderId: "f0", cents: 588_000 },
      { funderId: "f1", cents: 252_000 },
    ]);
  });

  it("splits the share a committee grants (12 000,00 € at 70 %)", () => {
    const share = grantedAmountCents(1_200_000, 70);
    expect(share).toBe(840_000);
    expect(centsOf(share, splitOf(70, 30))).toEqual([588_000, 252_000]);
    expect(remainingCostCents(1_200_000, share)).toBe(360_000);
  });

  it.each([
    [1, [1, 1, 1], [1, 0, 0]], // 1 cent three ways goes to the first
    [2, [1, 1, 1], [2, 0, 0]],
    [3, [1, 1, 1], [1, 1, 1]],
    [100, [1, 1, 1], [34, 33, 33]],
    [100, [33, 33, 34], [33, 33, 34]],
    [101, [33, 33, 34], [34, 33, 34]], // 33.33 + 33.33 + 34.34: remainder 1 to the first
    [1, [33, 33, 34], [1, 0, 0]],
    [1, [99, 1], [1, 0]],
    [1, [1, 99], [1, 0]], // the first takes the remainder even when its weight is the smallest
    [99, [1, 99], [1, 98]], // 0.99 + 98.01
    [10, [2, 1], [7, 3]], // 6.67 + 3.33
    [10, [200, 100], [7, 3]], // same proportions, same parts
    [9, [2, 1], [6, 3]],
    [0, [70, 30], [0, 0]],
    [12_345, [100], [12_345]],
    [1_000, [1, 1, 1, 1, 1, 1, 1], [148, 142, 142, 142, 142, 142, 142]],
    [9, Array<number>(10).fill(1), [9, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [19, Array<number>(10).fill(1), [10, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
  ])("splits %i cents with weights %j into %j", (share, weights, parts) => {
    expect(centsOf(share, splitOf(...weights))).toEqual(parts);
  });

  it("keeps the split's order and funder ids", () => {
    const split = [
      { funderId: "state", weight: 30 },
      { funderId: "region", weight: 70 },
    ];
    expect(splitShare(1_001, split)).toEqual([
      { funderId: "state", cents: 301 }, // 300.3 + remainder
      { funderId: "region", cents: 700 }, // 700.7 rounded down
    ]);
  });

  it("computes exactly at the edge of the safe range (no float, no overflow)", () => {
    expect(centsOf(MAX_SAFE, splitOf(1, 1))).toEqual([2 ** 52, 2 ** 52 - 1]);
    expect(centsOf(MAX_SAFE, splitOf(MAX_SAFE, MAX_SAFE))).toEqual([2 ** 52, 2 ** 52 - 1]);
    expect(centsOf(MAX_SAFE, splitOf(MAX_SAFE))).toEqual([MAX_SAFE]);
    expect(centsOf(MAX_SAFE, splitOf(MAX_SAFE, 1))).toEqual([MAX_SAFE, 0]); // 0.99… rounds down
    const parts = centsOf(MAX_SAFE, splitOf(70, 30));
    expect(parts).toEqual([6_305_039_478_318_694, 2_702_159_776_422_297]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(MAX_SAFE);
  });

  it("rounds where a floating-point product would be off by one cent", () => {
    // Found by fast-check against a Math.floor(share * weight / total) variant: the products
    // exceed 2^53, the float version gives [14 337 069 977 934, 465 782 109 051 587].
    const split = splitOf(277_211_370_939_581, 9_006_031_023_636_396);
    expect(centsOf(480_119_179_029_521, split)).toEqual([14_337_069_977_935, 465_782_109_051_586]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_SAFE + 1])(
    "throws a RangeError on the share %d",
    (share) => {
      expect(() => splitShare(share, splitOf(70, 30))).toThrow(RangeError);
    },
  );

  it("throws a RangeError on every invalid split", () => {
    const invalid: FundingSplit[] = [
      [],
      splitOf(...Array<number>(11).fill(1)),
      splitOf(70, 0),
      splitOf(70, -30),
      splitOf(70, 0.5),
      [
        { funderId: "a", weight: 1 },
        { funderId: "a", weight: 1 },
      ],
    ];
    for (const split of invalid) expect(() => splitShare(100, split)).toThrow(RangeError);
  });
});

describe("splitShare, properties", () => {
  /** The checks every split must pass, with BigInt references (W = Σweight). */
  const checkSplit = (share: number, split: FundingSplit) => {
    const parts = splitShare(share, split);
    const n = split.length;
    const total = split.reduce((sum, { weight }) => sum + BigInt(weight), 0n);
    // Same funders, same order.
    expect(parts.map(({ funderId }) => funderId)).toEqual(split.map(({ funderId }) => funderId));
    // Safe, non-negative integers summing exactly to the share.
    for (const { cents } of parts) {
      expect(Number.isSafeInteger(cents) && cents >= 0).toBe(true);
    }
    expect(parts.reduce((sum, { cents }) => sum + BigInt(cents), 0n)).toBe(BigInt(share));
    // Every part but the first is the exact proportional value rounded down.
    const floors = split.map(({ weight }) => (BigInt(share) * BigInt(weight)) / total);
    parts.slice(1).forEach(({ cents }, index) => {
      expect(BigInt(cents)).toBe(floors[index + 1]);
    });
    // The first carries the remainder, which is below the number of funders.
    const remainder = BigInt(parts[0]?.cents ?? -1) - (floors[0] ?? 0n);
    expect(remainder >= 0n && remainder < BigInt(n)).toBe(true);
    // Each part lies within n − 1 cents of its exact value share × weight / W (scaled by W).
    split.forEach(({ weight }, index) => {
      const gap = BigInt(parts[index]?.cents ?? 0) * total - BigInt(share) * BigInt(weight);
      const abs = gap < 0n ? -gap : gap;
      expect(abs <= BigInt(n - 1) * total).toBe(true);
      if (index > 0) expect(gap <= 0n && gap > -total).toBe(true);
    });
    return parts;
  };

  it("sums exactly, keeps order, rounds down all but the first (property)", () => {
    fc.assert(
      fc.property(arbShare, arbSplit(), (share, split) => {
        checkSplit(share, split);
      }),
      RUNS,
    );
  });

  it("holds up to the safe limit with huge weights (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), arbSplit(MAX_SAFE), (share, split) => {
        checkSplit(share, split);
      }),
      RUNS,
    );
  });

  it("is deterministic and does not change its input (property)", () => {
    fc.assert(
      fc.property(arbShare, arbSplit(), (share, split) => {
        const copy = structuredClone(split);
        expect(splitShare(share, split)).toEqual(splitShare(share, split));
        expect(split).toEqual(copy);
      }),
      RUNS,
    );
  });

  it("depends only on the proportions: scaling the weights changes nothing (property)", () => {
    fc.assert(
      fc.property(arbShare, arbSplit(), fc.integer({ min: 2, max: 1_000 }), (share, split, k) => {
        const scaled = split.map(({ funderId, weight }) => ({ funderId, weight: weight * k }));
        expect(splitShare(share, scaled)).toEqual(splitShare(share, split));
      }),
      RUNS,
    );
  });

  it("is exact, with no remainder, when the share divides evenly (property)", () => {
    fc.assert(
      fc.property(arbSplit(), fc.integer({ min: 0, max: 1_000_000 }), (split, multiple) => {
        const total = split.reduce((sum, { weight }) => sum + weight, 0);
        const parts = centsOf(total * multiple, split);
        expect(parts).toEqual(split.map(({ weight }) => weight * multiple));
      }),
      RUNS,
    );
  });

  it("never lowers a part when the share grows by one cent, except the first (property)", () => {
    // Floors are monotonic in the share; only the remainder may move back to the others.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), arbSplit(), (share, split) => {
        const before = centsOf(share, split);
        const after = centsOf(share + 1, split);
        after.slice(1).forEach((cents, index) => {
          expect(cents).toBeGreaterThanOrEqual(before[index + 1] ?? 0);
        });
      }),
      RUNS,
    );
  });
});

describe("remainingCostCents", () => {
  it.each([
    [1_200_000, 840_000, 360_000],
    [100, 100, 0],
    [100, 0, 100],
    [0, 0, 0],
    [MAX_SAFE, 1, MAX_SAFE - 1],
  ])("cost %i minus share %i is %i", (cost, share, remaining) => {
    expect(remainingCostCents(cost, share)).toBe(remaining);
  });

  it.each([
    [100, 101],
    [-1, 0],
    [100, -1],
    [1.5, 1],
    [100, 0.5],
    [Number.NaN, 0],
    [100, Number.NaN],
    [MAX_SAFE + 1, 0],
    [Number.POSITIVE_INFINITY, 1],
  ])("throws a RangeError on cost %d, share %d", (cost, share) => {
    expect(() => remainingCostCents(cost, share)).toThrow(RangeError);
  });

  it("adds back up to the cost for any share the funding rules grant (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (cost, rate) => {
          const share = grantedAmountCents(cost, rate);
          const remaining = remainingCostCents(cost, share);
          expect(remaining).toBeGreaterThanOrEqual(0);
          expect(share + remaining).toBe(cost);
        },
      ),
      RUNS,
    );
  });
});

describe("checkPaymentStep", () => {
  const part = (committedCents: number, invoicedCents = 0, paidCents = 0): PartMoney => ({
    committedCents,
    invoicedCents,
    paidCents,
  });

  it("accumulates several invoices up to the committed amount", () => {
    let money = part(588_000);
    for (const cents of [200_000, 300_000, 88_000]) {
      const result = checkPaymentStep(money, { kind: "invoiced", cents });
      if (!result.ok) throw new Error(result.problem);
      money = result.next;
    }
    expect(money).toEqual(part(588_000, 588_000, 0));
    expect(checkPaymentStep(money, { kind: "invoiced", cents: 1 })).toEqual({
      ok: false,
      problem: "beyond_committed",
    });
  });

  it("accumulates payments up to the invoiced total", () => {
    expect(checkPaymentStep(part(1_000, 600, 0), { kind: "paid", cents: 400 })).toEqual({
      ok: true,
      next: part(1_000, 600, 400),
    });
    expect(checkPaymentStep(part(1_000, 600, 400), { kind: "paid", cents: 200 })).toEqual({
      ok: true,
      next: part(1_000, 600, 600),
    });
    expect(checkPaymentStep(part(1_000, 600, 400), { kind: "paid", cents: 201 })).toEqual({
      ok: false,
      problem: "beyond_invoiced",
    });
  });

  it("refuses a payment before any invoice, even within the committed amount", () => {
    expect(checkPaymentStep(part(1_000), { kind: "paid", cents: 1 })).toEqual({
      ok: false,
      problem: "beyond_invoiced",
    });
  });

  it("refuses an invoice beyond the committed amount", () => {
    expect(checkPaymentStep(part(1_000, 999), { kind: "invoiced", cents: 2 })).toEqual({
      ok: false,
      problem: "beyond_committed",
    });
    expect(checkPaymentStep(part(0), { kind: "invoiced", cents: 1 })).toEqual({
      ok: false,
      problem: "beyond_committed",
    });
  });

  it("handles totals at the safe limit without overflow", () => {
    const big = part(MAX_SAFE, MAX_SAFE - 1, MAX_SAFE - 2);
    expect(checkPaymentStep(big, { kind: "invoiced", cents: 1 })).toEqual({
      ok: true,
      next: part(MAX_SAFE, MAX_SAFE, MAX_SAFE - 2),
    });
    expect(checkPaymentStep(big, { kind: "invoiced", cents: MAX_SAFE })).toEqual({
      ok: false,
      problem: "beyond_committed",
    });
    expect(checkPaymentStep(big, { kind: "paid", cents: MAX_SAFE })).toEqual({
      ok: false,
      problem: "beyond_invoiced",
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_SAFE + 1])(
    "refuses the amount %d",
    (cents) => {
      for (const kind of ["invoiced", "paid"] as const) {
        expect(checkPaymentStep(part(1_000, 500, 0), { kind, cents })).toEqual({
          ok: false,
          problem: "amount_invalid",
        });
      }
    },
  );

  it("does not change the part it is given", () => {
    const money = part(1_000, 500, 100);
    checkPaymentStep(money, { kind: "invoiced", cents: 100 });
    checkPaymentStep(money, { kind: "paid", cents: 100 });
    expect(money).toEqual(part(1_000, 500, 100));
  });

  it.each([
    part(100, 101, 0),
    part(100, 50, 51),
    part(-1, 0, 0),
    part(100, 0.5, 0),
    part(Number.NaN, 0, 0),
  ])("throws a RangeError on an inconsistent part %j", (money) => {
    expect(() => checkPaymentStep(money, { kind: "invoiced", cents: 1 })).toThrow(RangeError);
  });

  it("never lets the totals exceed, and matches a reference, over random steps (property)", () => {
    const arbStep = fc.record({
      kind: fc.constantFrom("invoiced" as const, "paid" as const),
      cents: fc.oneof(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: -10, max: 10 }),
        fc.maxSafeNat(),
        fc.double(),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.maxSafeNat()),
        fc.array(arbStep, { maxLength: 40 }),
        (committed, steps) => {
          let money = part(committed);
          for (const step of steps) {
            const result = checkPaymentStep(money, step);
            // BigInt reference of the rule.
            const cents = step.cents;
            const expected = !(Number.isSafeInteger(cents) && cents > 0)
              ? "amount_invalid"
              : step.kind === "invoiced"
                ? BigInt(money.invoicedCents) + BigInt(cents) > BigInt(money.committedCents)
                  ? "beyond_committed"
                  : null
                : BigInt(money.paidCents) + BigInt(cents) > BigInt(money.invoicedCents)
                  ? "beyond_invoiced"
                  : null;
            if (expected === null) {
              if (!result.ok) throw new Error(`refused ${JSON.stringify(step)}`);
              const field = step.kind === "invoiced" ? "invoicedCents" : "paidCents";
              expect(result.next).toEqual({ ...money, [field]: money[field] + cents });
              money = result.next;
            } else {
              expect(result).toEqual({ ok: false, problem: expected });
            }
            expect(money.committedCents).toBe(committed);
            expect(money.paidCents <= money.invoicedCents).toBe(true);
            expect(money.invoicedCents <= money.committedCents).toBe(true);
            expect(Number.isSafeInteger(money.invoicedCents)).toBe(true);
            expect(Number.isSafeInteger(money.paidCents)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("envelopeConsumption", () => {
  it.each([
    [100_000, 0, 0, "ok", 100_000],
    [100_000, 79_999, 79, "ok", 20_001],
    [100_000, 80_000, 80, "warning", 20_000], // 80 % inclusive
    [100_000, 99_999, 99, "warning", 1],
    [100_000, 100_000, 100, "exhausted", 0], // 100 % inclusive
    [100_000, 150_000, 150, "exhausted", 0], // overrun: percent above 100, nothing left
    [3, 2, 66, "ok", 1], // 66.67 % rounds down
    [5, 4, 80, "warning", 1],
    [1_000_001, 800_000, 79, "ok", 200_001], // 79.99992 %: not yet a warning
    [1_000_001, 800_001, 80, "warning", 200_000], // 80.0000 % exactly at 80 × envelope / 100
    [1_000_001, 1_000_000, 99, "warning", 1], // 99.9999 % is not exhausted
    [MAX_SAFE, MAX_SAFE, 100, "exhausted", 0],
    [MAX_SAFE, MAX_SAFE - 1, 99, "warning", 1],
    [MAX_SAFE, 1, 0, "ok", MAX_SAFE - 1],
  ] as const)(
    "%i cents with %i consumed: %i percent, %s, %i left",
    (envelope, consumed, percent, level, remainingCents) => {
      expect(envelopeConsumption(envelope, consumed)).toEqual({ percent, level, remainingCents });
    },
  );

  it("compares with integers, where a float computation would be wrong", () => {
    // 0.8 * 5 = 4 but floats can err: check thresholds exactly at consumed * 100 = envelope * 80.
    expect(envelopeConsumption(1_000, 800).level).toBe("warning");
    expect(envelopeConsumption(1_000, 799).level).toBe("ok");
    const envelope = 2 ** 52 + 1; // envelope * 0.8 is not exact in floating point
    expect(envelopeConsumption(envelope, Math.floor((envelope * 4) / 5)).level).toBe("ok");
    // 4 × (2^52 + 1) / 5 = 3602879701896397.6: the smallest warning is ...398.
    expect(envelopeConsumption(envelope, 3_602_879_701_896_397).level).toBe("ok");
    expect(envelopeConsumption(envelope, 3_602_879_701_896_398).level).toBe("warning");
  });

  it("treats an envelope of 0 as exhausted at 100 %, whatever its consumption", () => {
    expect(envelopeConsumption(0, 0)).toEqual({
      percent: 100,
      level: "exhausted",
      remainingCents: 0,
    });
    expect(envelopeConsumption(0, 500)).toEqual({
      percent: 100,
      level: "exhausted",
      remainingCents: 0,
    });
  });

  it("saturates the percent at the safe limit on an enormous overrun", () => {
    expect(envelopeConsumption(1, MAX_SAFE)).toEqual({
      percent: MAX_SAFE,
      level: "exhausted",
      remainingCents: 0,
    });
    expect(envelopeConsumption(1, 3)).toEqual({
      percent: 300,
      level: "exhausted",
      remainingCents: 0,
    });
  });

  it.each([
    [-1, 0],
    [100, -1],
    [1.5, 0],
    [100, 0.5],
    [Number.NaN, 0],
    [100, Number.NaN],
    [MAX_SAFE + 1, 0],
    [100, Number.POSITIVE_INFINITY],
  ])("throws a RangeError on envelope %d, consumption %d", (envelope, consumed) => {
    expect(() => envelopeConsumption(envelope, consumed)).toThrow(RangeError);
  });

  /** BigInt reference of the documented rule. */
  const reference = (envelope: number, consumed: number) => {
    const e = BigInt(envelope);
    const c = BigInt(consumed);
    if (e === 0n) return { percent: 100, level: "exhausted", remainingCents: 0 };
    const p = (c * 100n) / e;
    return {
      percent: p > BigInt(MAX_SAFE) ? MAX_SAFE : Number(p),
      level: c * 100n >= e * 100n ? "exhausted" : c * 100n >= e * 80n ? "warning" : "ok",
      remainingCents: c >= e ? 0 : Number(e - c),
    };
  };

  const arbAmount = fc.oneof(
    fc.integer({ min: 0, max: 1_000_000_000_000 }),
    fc.integer({ min: 0, max: 1_000 }),
    fc.maxSafeNat(),
  );

  it("matches the BigInt reference (property)", () => {
    fc.assert(
      fc.property(arbAmount, arbAmount, (envelope, consumed) => {
        expect(envelopeConsumption(envelope, consumed)).toEqual(reference(envelope, consumed));
      }),
      RUNS,
    );
  });

  it("matches the reference around both thresholds (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 1_000_000_000_000 }),
          fc.integer({ min: 1, max: MAX_SAFE }),
        ),
        fc.constantFrom(80n, 100n),
        fc.integer({ min: -2, max: 2 }),
        (envelope, threshold, offset) => {
          // The consumption nearest to the threshold, plus or minus a few cents.
          const nearest = Number((BigInt(envelope) * threshold) / 100n) + offset;
          fc.pre(nearest >= 0 && Number.isSafeInteger(nearest));
          expect(envelopeConsumption(envelope, nearest)).toEqual(reference(envelope, nearest));
        },
      ),
      RUNS,
    );
  });

  it("never lowers the level or the percent as consumption grows (property)", () => {
    const rank = { ok: 0, warning: 1, exhausted: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (envelope, consumed, extra) => {
          const before = envelopeConsumption(envelope, consumed);
          const after = envelopeConsumption(envelope, consumed + extra);
          expect(rank[after.level]).toBeGreaterThanOrEqual(rank[before.level]);
          expect(after.percent).toBeGreaterThanOrEqual(before.percent);
          expect(after.remainingCents).toBeLessThanOrEqual(before.remainingCents);
        },
      ),
      RUNS,
    );
  });
});

describe("consumptionByFunder", () => {
  it("sums the parts per funder, in the order funders first appear", () => {
    const totals = consumptionByFunder([
      { funderId: "region", cents: 588_000 },
      { funderId: "state", cents: 252_000 },
      { funderId: "region", cents: 70_001 },
      { funderId: "state", cents: 0 },
      { funderId: "europe", cents: 1 },
    ]);
    expect([...totals]).toEqual([
      ["region", 658_001],
      ["state", 252_000],
      ["europe", 1],
    ]);
  });

  it("is empty without parts", () => {
    expect(consumptionByFunder([]).size).toBe(0);
  });

  it.each([-1, 0.5, Number.NaN, MAX_SAFE + 1])("throws a RangeError on the amount %d", (cents) => {
    expect(() => consumptionByFunder([{ funderId: "a", cents }])).toThrow(RangeError);
  });

  it("throws a RangeError when a funder's total leaves the safe range", () => {
    const parts = [
      { funderId: "a", cents: MAX_SAFE },
      { funderId: "b", cents: MAX_SAFE },
    ];
    expect(consumptionByFunder(parts).get("a")).toBe(MAX_SAFE);
    expect(() => consumptionByFunder([...parts, { funderId: "a", cents: 1 }])).toThrow(RangeError);
  });

  it("feeds envelope consumption from several split shares", () => {
    const split = [
      { funderId: "region", weight: 70 },
      { funderId: "state", weight: 30 },
    ];
    const parts = [840_000, 1_001, 100_000].flatMap((share) => splitShare(share, split));
    const totals = consumptionByFunder(parts);
    expect(totals.get("region")).toBe(588_000 + 701 + 70_000);
    expect(totals.get("state")).toBe(252_000 + 300 + 30_000);
    expect(envelopeConsumption(800_000, totals.get("region") ?? 0)).toEqual({
      percent: 82,
      level: "warning",
      remainingCents: 800_000 - 658_701,
    });
  });

  it("keeps the grand total of many split shares, per funder and overall (property)", () => {
    fc.assert(
      fc.property(
        arbSplit(),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000_000 }), { maxLength: 20 }),
        (split, shares) => {
          const parts = shares.flatMap((share) => splitShare(share, split));
          const totals = consumptionByFunder(parts);
          expect([...totals.keys()]).toEqual(
            shares.length === 0 ? [] : split.map(({ funderId }) => funderId),
          );
          let grand = 0;
          for (const [funderId, total] of totals) {
            const expected = parts
              .filter((part) => part.funderId === funderId)
              .reduce((sum, { cents }) => sum + cents, 0);
            expect(total).toBe(expected);
            grand += total;
          }
          expect(grand).toBe(shares.reduce((sum, share) => sum + share, 0));
        },
      ),
      RUNS,
    );
  });
});

describe("programmeSplitOf", () => {
  it("reads a valid stored split", () => {
    expect(
      programmeSplitOf([
        { funderId: "a", weight: 70 },
        { funderId: "b", weight: 30 },
      ]),
    ).toEqual([
      { funderId: "a", weight: 70 },
      { funderId: "b", weight: 30 },
    ]);
  });

  it.each([
    ["nothing", null],
    ["an object", { funderId: "a", weight: 1 }],
    ["an empty list", []],
    ["a zero weight", [{ funderId: "a", weight: 0 }]],
    ["a fractional weight", [{ funderId: "a", weight: 0.5 }]],
    ["a weight as text", [{ funderId: "a", weight: "70" }]],
    [
      "a funder twice",
      [
        { funderId: "a", weight: 1 },
        { funderId: "a", weight: 2 },
      ],
    ],
  ])("is null for %s", (_name, value) => {
    expect(programmeSplitOf(value)).toBeNull();
  });
});

describe("levelSplit", () => {
  it("takes the programme's split first, else the committee's funder, else nobody", () => {
    const programme = splitOf(70, 30);
    expect(levelSplit(programme, "other")).toBe(programme);
    expect(levelSplit(null, "f9")).toEqual([{ funderId: "f9", weight: 1 }]);
    expect(levelSplit(null, null)).toEqual([]);
  });
});

describe("grantsByFunder", () => {
  it("splits each grant as its support will be, then sums per funder", () => {
    // 70/30 of 100 001 cents: 70 001 + 30 000 (the remainder to the first funder), twice over.
    const byFunder = grantsByFunder(
      [
        { funderId: "f1", cents: 100_001 },
        { funderId: null, cents: 100_001 },
        { funderId: "f0", cents: null },
      ],
      splitOf(70, 30),
    );
    expect([...byFunder]).toEqual([
      ["f0", 140_002],
      ["f1", 60_000],
    ]);
  });

  it("gives a grant to the committee's funder when the programme has no split", () => {
    expect([
      ...grantsByFunder(
        [
          { funderId: "f2", cents: 5 },
          { funderId: null, cents: 7 },
        ],
        null,
      ),
    ]).toEqual([["f2", 5]]);
  });

  it("commits exactly the sum of the grants, for any grants and split", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { maxLength: 50 }),
        arbSplit(),
        (grants, split) => {
          const byFunder = grantsByFunder(
            grants.map((cents) => ({ funderId: null, cents })),
            split,
          );
          const total = [...byFunder.values()].reduce((sum, cents) => sum + cents, 0);
          expect(total).toBe(grants.reduce((sum, cents) => sum + cents, 0));
          for (const funderId of byFunder.keys()) {
            expect(split.some((part) => part.funderId === funderId)).toBe(true);
          }
        },
      ),
    );
  });
});
