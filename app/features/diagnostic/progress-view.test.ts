import { describe, expect, it } from "vitest";
import { buildProgressTable, similarMedians } from "./progress-view";
import { type DimensionId, dimensionIds } from "./question-bank";
import { type DiagnosticScore, scoreDiagnostic } from "./scoring";
import { bank, buildAnswers } from "./test-fixtures";

function score(level: 0 | 1 | 2 | 3 | 4, version = "2026-1"): DiagnosticScore {
  const result = scoreDiagnostic(bank, buildAnswers({ level }));
  if (!result.ok) throw new Error("unexpected issues");
  return { ...result.value, version };
}

/** A score with the given global score and the same score on every dimension. */
function flat(value: number, version = "2026-1"): DiagnosticScore {
  return {
    ...score(2, version),
    globalScore: value,
    dimensions: dimensionIds.map((id) => ({ id, score: value })),
  };
}

describe("buildProgressTable", () => {
  it("shows one diagnostic without gain", () => {
    const table = buildProgressTable(
      [{ id: "a", completedAt: "2025-03-01", score: score(1) }],
      null,
    );
    expect(table.columns).toEqual([{ id: "a", completedAt: "2025-03-01" }]);
    expect(table.dimensions).toHaveLength(8);
    expect(table.dimensions[0]).toEqual({ id: "strategy", scores: [25], gain: null, median: null });
    expect(table.global).toEqual({ id: "global", scores: [25], gain: null, median: null });
  });

  it("computes the gain of the latest over the first, per dimension and overall", () => {
    const table = buildProgressTable(
      [
        { id: "a", completedAt: "2025-03-01", score: score(1) },
        { id: "b", completedAt: "2025-09-01", score: score(2) },
        { id: "c", completedAt: "2026-03-01", score: score(3) },
      ],
      null,
    );
    expect(table.dimensions.every((row) => row.gain === 50)).toBe(true);
    expect(table.dimensions[4]?.scores).toEqual([25, 50, 75]);
    expect(table.global).toMatchObject({ scores: [25, 50, 75], gain: 50 });
    expect(table.versionsDiffer).toBe(false);
  });

  it("compares only dimensions across versions", () => {
    const table = buildProgressTable(
      [
        { id: "a", completedAt: "2025-03-01", score: score(1, "2026-1") },
        { id: "b", completedAt: "2026-03-01", score: score(3, "2027-1") },
      ],
      null,
    );
    expect(table.versionsDiffer).toBe(true);
    expect(table.global.gain).toBeNull();
    expect(table.dimensions[0]?.gain).toBe(50);
  });

  it("has no gain for a dimension without score in either diagnostic", () => {
    const later = score(3);
    const withoutScore = {
      ...later,
      dimensions: later.dimensions.map((d) =>
        d.id === "beneficiaries" ? { ...d, score: null } : d,
      ),
    };
    const table = buildProgressTable(
      [
        { id: "a", completedAt: "2025-03-01", score: score(1) },
        { id: "b", completedAt: "2026-03-01", score: withoutScore },
      ],
      null,
    );
    expect(table.dimensions.find((r) => r.id === "beneficiaries")).toMatchObject({
      scores: [25, null],
      gain: null,
    });
  });

  it("adds the medians of similar organisations", () => {
    const medians = similarMedians(
      Array.from({ length: 10 }, (_, i) => flat(i * 10)),
      "2026-1",
    );
    const table = buildProgressTable(
      [{ id: "a", completedAt: "2025-03-01", score: score(1) }],
      medians,
    );
    // Median of 0, 10, ..., 90 = 45.
    expect(table.global.median).toBe(45);
    expect(table.dimensions.every((row) => row.median === 45)).toBe(true);
  });
});

describe("similarMedians", () => {
  it("shows nothing under 10 similar organisations", () => {
    expect(
      similarMedians(
        Array.from({ length: 9 }, () => flat(50)),
        "2026-1",
      ),
    ).toBeNull();
    expect(similarMedians([], "2026-1")).toBeNull();
  });

  it("computes each median over at least 10 scores, rounded half up", () => {
    const scores = [
      ...Array.from({ length: 5 }, () => flat(40)),
      ...Array.from({ length: 5 }, () => flat(51)),
    ];
    const medians = similarMedians(scores, "2026-1");
    expect(medians?.count).toBe(10);
    // (40 + 51) / 2 = 45.5 -> 46.
    expect(medians?.global).toBe(46);
    expect(medians?.dimensions.strategy).toBe(46);
  });

  it("leaves out a dimension scored by fewer than 10, and the global score of other versions", () => {
    const scores = Array.from({ length: 10 }, (_, i) => {
      const s = flat(60, i < 3 ? "2027-1" : "2026-1");
      return i < 2
        ? {
            ...s,
            dimensions: s.dimensions.map((d) =>
              d.id === ("responsible" as DimensionId) ? { ...d, score: null } : d,
            ),
          }
        : s;
    });
    const medians = similarMedians(scores, "2026-1");
    expect(medians?.dimensions.responsible).toBeNull();
    expect(medians?.dimensions.data).toBe(60);
    expect(medians?.global).toBeNull();
  });
});
