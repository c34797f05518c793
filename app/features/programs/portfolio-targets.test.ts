import { describe, expect, it } from "vitest";
import { sizeBands } from "~/features/diagnostic";
import {
  defaultPortfolioTargets,
  portfolioRegions,
  targetValues,
  toPortfolioTargets,
} from "./portfolio-targets";

const known = targetValues({
  axes: [{ code: "housing" }, { code: "caregivers" }],
  levels: [{ kind: "diagnostic" }, { kind: "scoping" }],
});

describe("toPortfolioTargets", () => {
  it("reads stored targets as they are", () => {
    const targets = {
      basis: "amount",
      thresholdPoints: 5,
      shares: { axis: { housing: 40 }, region: { "La Réunion": 8 }, size: { none: 0 } },
    };
    expect(toPortfolioTargets(targets, known)).toEqual(targets);
  });

  it("falls back to no target for anything that is not an object", () => {
    for (const value of [null, undefined, "x", 3, []]) {
      expect(toPortfolioTargets(value)).toEqual(defaultPortfolioTargets);
    }
  });

  it("keeps whole percents from 0 to 100 only, and a sane threshold", () => {
    expect(
      toPortfolioTargets({
        basis: "weird",
        thresholdPoints: -3,
        shares: { axis: { housing: 101, caregivers: 12.5 }, level: { scoping: 100 } },
      }),
    ).toEqual({ basis: "count", thresholdPoints: 10, shares: { level: { scoping: 100 } } });
  });

  it("drops values the programme does not have when they are known", () => {
    expect(
      toPortfolioTargets(
        {
          basis: "count",
          thresholdPoints: 0,
          shares: {
            axis: { housing: 30, invented: 20 },
            region: { Atlantide: 5, Corse: 2 },
            level: { production: 10 },
            size: { from_50: 5, giant: 1 },
            colour: { blue: 3 },
          },
        },
        known,
      ),
    ).toEqual({
      basis: "count",
      thresholdPoints: 0,
      shares: { axis: { housing: 30 }, region: { Corse: 2 }, size: { from_50: 5 } },
    });
  });
});

describe("targetValues", () => {
  it("lists the programme's axes and levels, every région and the size bands", () => {
    expect(known.axis).toEqual(["housing", "caregivers"]);
    expect(known.level).toEqual(["diagnostic", "scoping"]);
    expect(known.size).toEqual(sizeBands);
    expect(known.region).toBe(portfolioRegions);
    for (const region of ["La Réunion", "Mayotte", "Guyane", "Corse", "Île-de-France"]) {
      expect(portfolioRegions).toContain(region);
    }
  });
});
