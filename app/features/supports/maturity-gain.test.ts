import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDiagnostics,
  type DimensionId,
  dimensionIds,
  scoreDiagnostic,
} from "~/features/diagnostic";
import { bank, buildAnswers } from "~/features/diagnostic/test-fixtures";
import {
  aggregateGains,
  type MaturityGain,
  maturityGain,
  type ScoredDiagnostic,
} from "./maturity-gain";

function scored(answers: Parameters<typeof buildAnswers>[0]): ScoredDiagnostic {
  const result = scoreDiagnostic(bank, buildAnswers(answers));
  if (!result.ok) throw new Error("fixtures must be valid");
  return result.value;
}

/** A diagnostic with the given dimension scores (others absent) and global score. */
function diagnostic(
  globalScore: number,
  dimensions: Partial<Record<DimensionId, number | null>>,
): ScoredDiagnostic {
  return {
    globalScore,
    dimensions: Object.entries(dimensions).map(([id, score]) => ({
      id: id as DimensionId,
      score: score ?? null,
    })),
  };
}

describe("maturityGain", () => {
  it("gives the gain of each dimension and of the global score between T0 and T1", () => {
    const t0 = scored({ level: 1 });
    const t1 = scored({ level: 1, dimensions: { security: [4, 3, 3, 2] } });
    const gain = maturityGain(t0, t1);
    expect(gain.dimensions).toHaveLength(8);
    expect(gain.dimensions.find((d) => d.id === "security")).toEqual({
      id: "security",
      before: 25,
      after: 75,
      gain: 50,
    });
    expect(gain.dimensions.find((d) => d.id === "strategy")?.gain).toBe(0);
    // Global: 25 everywhere, then one dimension at 75: (7 x 25 + 75) / 8 = 31.25, rounded 31.
    expect(gain.overall).toEqual({ before: 25, after: 31, gain: 6 });
  });

  it("is compareDiagnostics for the dimensions (a thin layer over the diagnostic feature)", () => {
    const before = diagnostic(40, { strategy: 30, beneficiaries: null, responsible: 50 });
    const after = diagnostic(45, { beneficiaries: 60, strategy: 45, security: 20 });
    expect(maturityGain(before, after).dimensions).toEqual(compareDiagnostics(before, after));
  });

  it("reports a loss as a negative gain", () => {
    expect(maturityGain(diagnostic(63, { data: 63 }), diagnostic(50, { data: 50 }))).toEqual({
      dimensions: [{ id: "data", before: 63, after: 50, gain: -13 }],
      overall: { before: 63, after: 50, gain: -13 },
    });
  });
});

describe("aggregateGains", () => {
  const gain = (
    before: number,
    after: number,
    dims: Partial<Record<DimensionId, [number | null, number | null]>> = {},
  ) =>
    maturityGain(
      diagnostic(before, Object.fromEntries(Object.entries(dims).map(([id, [b]]) => [id, b]))),
      diagnostic(after, Object.fromEntries(Object.entries(dims).map(([id, [, a]]) => [id, a]))),
    );

  it("lists every dimension with no mean when there is no structure", () => {
    const empty = { count: 0, meanGainTenths: null, meanBeforeTenths: null, meanAfterTenths: null };
    expect(aggregateGains([])).toEqual({
      count: 0,
      overall: empty,
      dimensions: dimensionIds.map((id) => ({ id, ...empty })),
    });
  });

  it("averages the gains per dimension over the structures scored on it both times", () => {
    const aggregate = aggregateGains([
      gain(30, 45, { security: [25, 75], data: [40, 50], skills: [null, 60] }),
      gain(50, 50, { security: [50, 50], data: [70, 60] }),
      gain(20, 27, { security: [0, 25], equipment: [10, 20] }),
    ]);
    expect(aggregate.count).toBe(3);
    expect(aggregate.overall).toEqual({
      count: 3,
      meanGainTenths: 73, // (15 + 0 + 7) / 3 = 7.33
      meanBeforeTenths: 333, // 33.33
      meanAfterTenths: 407, // 40.67
    });
    const byId = Object.fromEntries(aggregate.dimensions.map(({ id, ...rest }) => [id, rest]));
    expect(byId.security).toEqual({
      count: 3,
      meanGainTenths: 250, // (50 + 0 + 25) / 3
      meanBeforeTenths: 250,
      meanAfterTenths: 500,
    });
    expect(byId.data).toEqual({
      count: 2,
      meanGainTenths: 0,
      meanBeforeTenths: 550,
      meanAfterTenths: 550,
    });
    expect(byId.equipment).toMatchObject({ count: 1, meanGainTenths: 100 });
    // Not scored before: no gain, not counted.
    expect(byId.skills).toMatchObject({ count: 0, meanGainTenths: null });
    expect(byId.strategy).toMatchObject({ count: 0, meanGainTenths: null });
    expect(aggregate.dimensions.map((d) => d.id)).toEqual([...dimensionIds]);
  });

  it("rounds mean gains to the tenth, halves away from zero", () => {
    const mean = (...gains: number[]) =>
      aggregateGains(gains.map((g) => gain(50, 50 + g))).overall.meanGainTenths;
    expect(mean(1, 2)).toBe(15);
    expect(mean(-1, -2)).toBe(-15);
    expect(mean(1, 0, 0)).toBe(3); // 0.33
    expect(mean(-1, 0, 0)).toBe(-3);
    expect(mean(1, 0, 0, 0)).toBe(3); // 0.25
    expect(mean(-1, 0, 0, 0)).toBe(-3); // -0.25
    expect(mean(2, 0, 0)).toBe(7); // 0.67
    expect(mean(-1, ...Array(200).fill(0))).toBe(0); // -0.0498: 0, not -0
    expect(mean(100, -100)).toBe(0);
  });

  const score = fc.integer({ min: 0, max: 100 });
  const dimensionsArb = fc.dictionary(
    fc.constantFrom(...dimensionIds),
    fc.tuple(fc.option(score), fc.option(score)),
  );
  const gainsArb = fc.array(
    fc
      .record({ before: score, after: score, dims: dimensionsArb })
      .map(({ before, after, dims }) =>
        gain(before, after, dims as Partial<Record<DimensionId, [number | null, number | null]>>),
      ),
    { maxLength: 60 },
  );

  /** Checks a mean in tenths against the exact sum: within half a tenth. */
  function closeTo(tenths: number | null, sum: number, count: number) {
    if (count === 0) return expect(tenths).toBeNull();
    const gap = 2 * ((tenths as number) * count - 10 * sum);
    expect(Math.abs(gap)).toBeLessThanOrEqual(count);
    if (Math.abs(gap) === count) expect(Math.sign(gap)).toBe(Math.sign(sum));
  }

  it("keeps each mean within half a tenth of the exact one, ties away from zero (property)", () => {
    fc.assert(
      fc.property(gainsArb, (gains) => {
        const aggregate = aggregateGains(gains);
        expect(aggregate.count).toBe(gains.length);
        closeTo(
          aggregate.overall.meanGainTenths,
          gains.reduce((sum, g) => sum + g.overall.gain, 0),
          gains.length,
        );
        for (const dimension of aggregate.dimensions) {
          const pairs = gains.flatMap((g) =>
            g.dimensions.filter((d) => d.id === dimension.id && d.gain !== null),
          );
          expect(dimension.count).toBe(pairs.length);
          expect(dimension.count).toBeLessThanOrEqual(gains.length);
          closeTo(
            dimension.meanGainTenths,
            pairs.reduce((sum, d) => sum + (d.gain as number), 0),
            pairs.length,
          );
          closeTo(
            dimension.meanAfterTenths,
            pairs.reduce((sum, d) => sum + (d.after as number), 0),
            pairs.length,
          );
        }
      }),
    );
  });

  it("negates the mean gains when T0 and T1 are swapped (property)", () => {
    const swap = (g: MaturityGain): MaturityGain => ({
      dimensions: g.dimensions.map((d) => ({
        id: d.id,
        before: d.after,
        after: d.before,
        gain: d.gain === null ? null : -d.gain,
      })),
      overall: { before: g.overall.after, after: g.overall.before, gain: -g.overall.gain },
    });
    fc.assert(
      fc.property(gainsArb, (gains) => {
        const aggregate = aggregateGains(gains);
        const swapped = aggregateGains(gains.map(swap));
        const negate = (value: number | null) => (value === null ? null : -value || 0);
        expect(swapped.overall.meanGainTenths).toBe(negate(aggregate.overall.meanGainTenths));
        aggregate.dimensions.forEach((dimension, index) => {
          expect(swapped.dimensions[index]?.meanGainTenths).toBe(negate(dimension.meanGainTenths));
          expect(swapped.dimensions[index]?.meanBeforeTenths).toBe(dimension.meanAfterTenths);
        });
      }),
    );
  });

  it("does not depend on the order of the structures, and one structure is its own mean (property)", () => {
    fc.assert(
      fc.property(gainsArb, (gains) => {
        expect(aggregateGains([...gains].reverse())).toEqual(aggregateGains(gains));
        for (const g of gains.slice(0, 3)) {
          expect(aggregateGains([g]).overall.meanGainTenths).toBe(g.overall.gain * 10 || 0);
        }
      }),
    );
  });
});
