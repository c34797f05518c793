import { describe, expect, it } from "vitest";
import type { LevelKind } from "~/features/applications";
import { isMismatch, levelFit, mostAdvancedLevel } from "./level-fit";

const all: LevelKind[] = ["diagnostic", "scoping", "production"];

/** Every non-empty combination of requested levels. */
const combinations: LevelKind[][] = [];
for (let mask = 1; mask < 8; mask += 1) {
  combinations.push(all.filter((_, index) => mask & (1 << index)));
}

describe("mostAdvancedLevel", () => {
  it("takes the most advanced level whatever the order", () => {
    expect(mostAdvancedLevel([])).toBeNull();
    expect(mostAdvancedLevel(["diagnostic"])).toBe("diagnostic");
    expect(mostAdvancedLevel(["production", "diagnostic"])).toBe("production");
    expect(mostAdvancedLevel(["scoping", "diagnostic"])).toBe("scoping");
    expect(mostAdvancedLevel(["scoping", "production", "diagnostic"])).toBe("production");
  });
});

describe("levelFit", () => {
  it("says there is no diagnostic, whatever is requested", () => {
    for (const requested of [[], ...combinations]) {
      expect(levelFit(requested, null)).toEqual({ kind: "no_diagnostic" });
      expect(isMismatch(levelFit(requested, null))).toBe(false);
    }
  });

  it("says no level is requested", () => {
    expect(levelFit([], "scoping")).toEqual({ kind: "no_levels", recommended: "scoping" });
    expect(isMismatch(levelFit([], "scoping"))).toBe(false);
  });

  it("flags production requested while the diagnostic recommends a diagnostic first", () => {
    const fit = levelFit(["production"], "diagnostic");
    expect(fit).toEqual({ kind: "ahead", requested: "production", recommended: "diagnostic" });
    expect(isMismatch(fit)).toBe(true);
  });

  // The whole table: 7 combinations × 3 recommendations.
  const expected: Record<LevelKind, Record<LevelKind, "match" | "ahead" | "behind">> = {
    // recommended → most advanced requested → verdict
    diagnostic: { diagnostic: "match", scoping: "ahead", production: "ahead" },
    scoping: { diagnostic: "behind", scoping: "match", production: "ahead" },
    production: { diagnostic: "behind", scoping: "behind", production: "match" },
  };
  for (const recommended of all) {
    for (const requested of combinations) {
      it(`requested ${requested.join("+")} with ${recommended} recommended`, () => {
        const highest = mostAdvancedLevel(requested) as LevelKind;
        const kind = expected[recommended][highest];
        const fit = levelFit(requested, recommended);
        expect(fit.kind).toBe(kind);
        expect(isMismatch(fit)).toBe(kind !== "match");
        if (kind !== "match") expect(fit).toEqual({ kind, requested: highest, recommended });
        else expect(fit).toEqual({ kind, recommended });
      });
    }
  }
});
