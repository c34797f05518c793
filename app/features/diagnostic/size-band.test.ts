import { describe, expect, it } from "vitest";
import { sizeBandOf, toSizeBand } from "./size-band";

describe("sizeBandOf", () => {
  it.each([
    [0, "none"],
    [1, "from_1_to_2"],
    [2, "from_1_to_2"],
    [3, "from_3_to_9"],
    [9, "from_3_to_9"],
    [10, "from_10_to_49"],
    [49, "from_10_to_49"],
    [50, "from_50"],
    [12_000, "from_50"],
  ] as const)("puts %i employees in %s", (employees, band) => {
    expect(sizeBandOf(employees)).toBe(band);
  });

  it.each([null, undefined, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "has no band for %s",
    (employees) => {
      expect(sizeBandOf(employees)).toBeNull();
    },
  );

  it("narrows stored values", () => {
    expect(toSizeBand("from_3_to_9")).toBe("from_3_to_9");
    expect(toSizeBand("huge")).toBeNull();
    expect(toSizeBand(null)).toBeNull();
  });
});
