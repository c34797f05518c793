import { describe, expect, it } from "vitest";
import { Rng, rowRng, stableUuid } from "./prng";

describe("volume randomness", () => {
  it("draws the same row the same way every time", () => {
    const a = rowRng(42, "applications", 7);
    const b = rowRng(42, "applications", 7);
    expect([a.next(), a.int(1, 6), a.pick(["x", "y"])]).toEqual([
      b.next(),
      b.int(1, 6),
      b.pick(["x", "y"]),
    ]);
  });

  it("gives other rows and seeds other draws", () => {
    expect(rowRng(42, "applications", 7).next()).not.toBe(rowRng(42, "applications", 8).next());
    expect(rowRng(42, "applications", 7).next()).not.toBe(rowRng(43, "applications", 7).next());
  });

  it("keeps integers within their bounds", () => {
    const rng = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const value = rng.int(3, 5);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(5);
    }
  });

  it("makes stable, well-formed UUIDs", () => {
    const id = stableUuid(42, "organizations", 0);
    expect(id).toBe(stableUuid(42, "organizations", 0));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid(42, "organizations", 1)).not.toBe(id);
  });
});
