import { describe, expect, it } from "vitest";
import { shapeStatusCounts } from "./inbox-counts";
import { inboxStates } from "./inbox-filters";

describe("counts per status", () => {
  it("gives every inbox state once, in order, zero when absent", () => {
    const counts = shapeStatusCounts([], []);
    expect(counts.states.map((entry) => entry.state)).toEqual([...inboxStates]);
    expect(counts.states.every((entry) => entry.count === 0 && !entry.selected)).toBe(true);
    expect(counts).toMatchObject({ total: 0, matching: 0 });
  });

  it("reads driver counts (strings, bigints) and sums the total", () => {
    const counts = shapeStatusCounts(
      [
        { status: "submitted", count: "3" },
        { status: "in_review", count: 2n },
        { status: "withdrawn", count: 1 },
      ],
      [],
    );
    expect(counts.states.find((entry) => entry.state === "submitted")?.count).toBe(3);
    expect(counts.states.find((entry) => entry.state === "in_review")?.count).toBe(2);
    expect(counts).toMatchObject({ total: 6, matching: 6 });
  });

  it("counts only the selected statuses as matching", () => {
    const counts = shapeStatusCounts(
      [
        { status: "submitted", count: 3 },
        { status: "in_review", count: 2 },
        { status: "accepted", count: 7 },
      ],
      ["submitted", "accepted", "refused"],
    );
    expect(counts.total).toBe(12);
    expect(counts.matching).toBe(10);
    expect(counts.states.filter((entry) => entry.selected).map((entry) => entry.state)).toEqual(
      ["accepted", "refused", "submitted"].sort(
        (a, b) => inboxStates.indexOf(a as never) - inboxStates.indexOf(b as never),
      ),
    );
  });

  it("ignores drafts, unknown statuses and broken counts", () => {
    const counts = shapeStatusCounts(
      [
        { status: "draft", count: 5 },
        { status: "archived", count: 5 },
        { status: "submitted", count: "NaN" },
        { status: "in_review", count: -1 },
        { status: "in_review", count: 1 },
      ],
      [],
    );
    expect(counts.total).toBe(1);
  });
});
