import { describe, expect, it } from "vitest";
import { grantedTotalCents } from "./pdf-common.server";

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
