import { describe, expect, it } from "vitest";
import type { ReviewCriterion } from "~/features/programs";
import { gridOf, isValidScore, scoresByReviewer, teamAverage, weightedScore } from "./scoring";

const criterion = (id: string, weight: number): ReviewCriterion => ({
  id,
  label: id.toUpperCase(),
  description: "",
  weight,
});
const grid = [
  criterion("axes", 2),
  criterion("need", 2),
  criterion("impact", 3),
  criterion("capacity", 1),
];
const scores = (values: Record<string, number>) =>
  Object.entries(values).map(([criterionId, score]) => ({ criterionId, score }));

describe("isValidScore", () => {
  it.each([1, 2, 3, 4, 5])("accepts %s", (value) => expect(isValidScore(value)).toBe(true));
  it.each([0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "3", null, undefined])(
    "refuses %s",
    (value) => expect(isValidScore(value)).toBe(false),
  );
});

describe("gridOf", () => {
  it("reads the stored grid and leaves malformed entries out", () => {
    expect(
      gridOf([
        { id: "a", label: "A", description: "d", weight: 2 },
        { id: "b", label: "B" },
        { id: "a", label: "duplicate", weight: 9 },
        { id: "", label: "no id" },
        { label: "no id at all" },
        { id: "c", label: "C", weight: 1.5 },
        { id: "d", label: "D", weight: -1 },
        { id: "z", label: "Z", weight: 0 },
        "text",
        null,
      ]),
    ).toEqual([
      { id: "a", label: "A", description: "d", weight: 2 },
      { id: "b", label: "B", description: "", weight: 1 },
      { id: "c", label: "C", description: "", weight: 1 },
      { id: "d", label: "D", description: "", weight: 1 },
      { id: "z", label: "Z", description: "", weight: 0 },
    ]);
  });
  it("gives an empty grid for anything that is not a list", () => {
    expect(gridOf(null)).toEqual([]);
    expect(gridOf({ id: "a" })).toEqual([]);
  });
});

describe("weightedScore", () => {
  it("weighs each criterion", () => {
    // (5*2 + 3*2 + 4*3 + 1*1) / 8 = 29 / 8 = 3.625 -> 3.6
    expect(weightedScore(grid, scores({ axes: 5, need: 3, impact: 4, capacity: 1 }))).toBe(3.6);
  });
  it("gives the score itself when every criterion has it", () => {
    for (const value of [1, 2, 3, 4, 5]) {
      expect(
        weightedScore(grid, scores({ axes: value, need: value, impact: value, capacity: value })),
      ).toBe(value);
    }
  });
  it("rounds half up to one decimal, from exact sums", () => {
    // (4*1 + 3*1) / 2 = 3.5 exactly; (3 + 3 + 3 + 2) / 4 = 2.75 -> 2.8; 2.25 -> 2.3; 3.45-like cases
    const even = [criterion("a", 1), criterion("b", 1)];
    expect(weightedScore(even, scores({ a: 4, b: 3 }))).toBe(3.5);
    const four = [criterion("a", 1), criterion("b", 1), criterion("c", 1), criterion("d", 1)];
    expect(weightedScore(four, scores({ a: 3, b: 3, c: 3, d: 2 }))).toBe(2.8);
    expect(weightedScore(four, scores({ a: 3, b: 2, c: 2, d: 2 }))).toBe(2.3);
    // 20 criteria of weight 1: 69 / 20 = 3.45 -> 3.5
    const twenty = Array.from({ length: 20 }, (_, i) => criterion(`c${i}`, 1));
    const values = Object.fromEntries(twenty.map((c, i) => [c.id, i < 9 ? 4 : 3]));
    expect(weightedScore(twenty, scores(values))).toBe(3.5);
    // (1*1 + 2*2) / 3 = 1.666... -> 1.7; (2*1 + 1*2) / 3 = 1.333... -> 1.3
    const uneven = [criterion("a", 1), criterion("b", 2)];
    expect(weightedScore(uneven, scores({ a: 1, b: 2 }))).toBe(1.7);
    expect(weightedScore(uneven, scores({ a: 2, b: 1 }))).toBe(1.3);
  });
  it("is null while a weighted criterion has no valid score", () => {
    expect(weightedScore(grid, scores({ axes: 5, need: 3, impact: 4 }))).toBeNull();
    expect(weightedScore(grid, scores({ axes: 5, need: 3, impact: 4, capacity: 6 }))).toBeNull();
    expect(weightedScore(grid, scores({ axes: 5, need: 3, impact: 4, capacity: 0 }))).toBeNull();
    expect(weightedScore(grid, scores({ axes: 5, need: 3, impact: 4, capacity: 2.5 }))).toBeNull();
  });
  it("ignores criteria of weight 0 and scores outside the grid", () => {
    const withZero = [...grid, criterion("ignored", 0)];
    const complete = scores({ axes: 5, need: 3, impact: 4, capacity: 1, other: 5 });
    expect(weightedScore(withZero, complete)).toBe(3.6);
  });
  it("is null for an empty grid or one that weighs nothing", () => {
    expect(weightedScore([], scores({ a: 3 }))).toBeNull();
    expect(weightedScore([criterion("a", 0)], scores({ a: 3 }))).toBeNull();
  });
});

describe("teamAverage", () => {
  it("averages the complete reviews only, exactly", () => {
    const rows = [
      ...scores({ axes: 5, need: 5, impact: 5, capacity: 5 }).map((s) => ({
        ...s,
        reviewerId: "r1",
      })),
      ...scores({ axes: 2, need: 2, impact: 2, capacity: 2 }).map((s) => ({
        ...s,
        reviewerId: "r2",
      })),
      // r3 left a criterion out: not counted
      ...scores({ axes: 1, need: 1, impact: 1 }).map((s) => ({ ...s, reviewerId: "r3" })),
    ];
    expect(teamAverage(grid, scoresByReviewer(rows))).toEqual({ average: 3.5, count: 2 });
  });
  it("rounds the mean of the exact scores, not the mean of rounded ones", () => {
    const two = [criterion("a", 1), criterion("b", 2)];
    // r1: (1 + 4) / 3 = 1.667 (1.7 rounded); r2: (1 + 2) / 3 = 1 -> mean 8/6 = 1.333 -> 1.3
    // (the mean of the rounded scores, 1.35, would give 1.4)
    const rows = [
      { reviewerId: "r1", criterionId: "a", score: 1 },
      { reviewerId: "r1", criterionId: "b", score: 2 },
      { reviewerId: "r2", criterionId: "a", score: 1 },
      { reviewerId: "r2", criterionId: "b", score: 1 },
    ];
    expect(teamAverage(two, scoresByReviewer(rows))).toEqual({ average: 1.3, count: 2 });
  });
  it("has no average without a complete review", () => {
    expect(teamAverage(grid, new Map())).toEqual({ average: null, count: 0 });
    expect(
      teamAverage(grid, scoresByReviewer([{ reviewerId: "r", criterionId: "axes", score: 3 }])),
    ).toEqual({ average: null, count: 0 });
  });
});

describe("scoresByReviewer", () => {
  it("groups rows by reviewer", () => {
    const map = scoresByReviewer([
      { reviewerId: "a", criterionId: "x", score: 1 },
      { reviewerId: "b", criterionId: "x", score: 2 },
      { reviewerId: "a", criterionId: "y", score: 3 },
    ]);
    expect([...map.keys()]).toEqual(["a", "b"]);
    expect(map.get("a")).toEqual([
      { criterionId: "x", score: 1 },
      { criterionId: "y", score: 3 },
    ]);
  });
});
