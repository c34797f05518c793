import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sizeBands } from "~/features/diagnostic";
import {
  computePortfolio,
  type DecidedPortfolioItem,
  type PortfolioInput,
  type PortfolioItem,
  type PortfolioTargets,
  portfolioRegions,
  portfolioSizeBands,
  regionOf,
  sharePercent,
  UNKNOWN,
} from "./portfolio";

const accepted = (
  id: string,
  values: Omit<PortfolioItem, "id">,
  outcome: DecidedPortfolioItem["outcome"] = "accepted",
): DecidedPortfolioItem => ({ id, ...values, outcome });

// Accepted: 4 applications, 20 000,00 € in all.
const decided: DecidedPortfolioItem[] = [
  accepted("A1", {
    axes: ["housing"],
    departement: "13",
    sizeBand: "none",
    levels: [{ level: "scoping", amountCents: 520_000 }],
  }),
  accepted("A2", {
    axes: ["housing", "employment"],
    departement: "974",
    sizeBand: "from_1_to_2",
    levels: [
      { level: "diagnostic", amountCents: 0 },
      { level: "scoping", amountCents: 300_000 },
    ],
  }),
  accepted("A3", {
    axes: ["employment"],
    departement: "75",
    sizeBand: "from_3_to_9",
    levels: [{ level: "production", amountCents: 1_000_000 }],
  }),
  accepted("A4", {
    axes: ["housing", "housing"],
    departement: "69",
    sizeBand: "none",
    levels: [{ level: "scoping", amountCents: 180_000 }],
  }),
  accepted(
    "R1",
    {
      axes: ["caregivers"],
      departement: "973",
      sizeBand: "from_50",
      levels: [{ level: "production", amountCents: 9_000_000 }],
    },
    "refused",
  ),
  accepted(
    "P1",
    { axes: ["caregivers"], departement: "976", sizeBand: null, levels: [] },
    "postponed",
  ),
];

// On the agenda: 2 applications, 4 000,00 €.
const proposed: PortfolioItem[] = [
  {
    id: "N1",
    axes: ["caregivers"],
    departement: "973",
    sizeBand: "from_50",
    levels: [{ level: "scoping", amountCents: 400_000 }],
  },
  {
    id: "N2",
    axes: [],
    departement: null,
    sizeBand: null,
    levels: [{ level: "diagnostic", amountCents: 0 }],
  },
];

const targets: PortfolioTargets = {
  basis: "count",
  thresholdPoints: 10,
  shares: {
    axis: { housing: 40, employment: 30, health_prevention: 15, caregivers: 20 },
    region: { "La Réunion": 10, Guyane: 5, Mayotte: 11 },
    level: { diagnostic: 30, scoping: 40, production: 30 },
    size: { none: 40, from_1_to_2: 36, from_3_to_9: 35 },
  },
};

function input(overrides: Partial<PortfolioInput> = {}): PortfolioInput {
  return {
    proposed,
    decided,
    targets,
    order: {
      axis: ["housing", "employment", "health_prevention", "caregivers"],
      level: ["diagnostic", "scoping", "production"],
    },
    ...overrides,
  };
}

function row(portfolio: ReturnType<typeof computePortfolio>, dimension: string, value: string) {
  const found = portfolio.dimensions
    .find((candidate) => candidate.dimension === dimension)
    ?.rows.find((candidate) => candidate.value === value);
  if (!found) throw new Error(`no row ${dimension} ${value}`);
  return found;
}

const values = (portfolio: ReturnType<typeof computePortfolio>, dimension: string) =>
  portfolio.dimensions.find((d) => d.dimension === dimension)?.rows.map((r) => r.value);

describe("computePortfolio", () => {
  const portfolio = computePortfolio(input());

  it("counts the totals and the decisions; only accepted applications enter the mix", () => {
    expect(portfolio.totals).toEqual({
      proposed: { count: 2, amountCents: 400_000 },
      decided: { count: 4, amountCents: 2_000_000 },
    });
    expect(portfolio.decisions).toEqual({ accepted: 4, refused: 1, postponed: 1 });
    expect(portfolio.dimensions.map((d) => d.dimension)).toEqual([
      "axis",
      "region",
      "level",
      "size",
    ]);
  });

  it("counts an application in each of its axes, once per axis", () => {
    expect(row(portfolio, "axis", "housing").decided).toEqual({
      count: 3,
      amountCents: 1_000_000,
      countShare: 75,
      amountShare: 50,
    });
    expect(row(portfolio, "axis", "employment").decided).toEqual({
      count: 2,
      amountCents: 1_300_000,
      countShare: 50,
      amountShare: 65,
    });
  });

  it("gives the proposed mix and the projected one (accepted plus proposed)", () => {
    const caregivers = row(portfolio, "axis", "caregivers");
    expect(caregivers.proposed).toEqual({
      count: 1,
      amountCents: 400_000,
      countShare: 50,
      amountShare: 100,
    });
    // A refused application does not count as decided in the mix.
    expect(caregivers.decided).toEqual({ count: 0, amountCents: 0, countShare: 0, amountShare: 0 });
    // 1 of 6 applications (16.7 %), 4 000 € of 24 000 € (16.7 %).
    expect(caregivers.projected).toEqual({
      count: 1,
      amountCents: 400_000,
      countShare: 17,
      amountShare: 17,
    });
    expect(row(portfolio, "axis", UNKNOWN).proposed).toMatchObject({ count: 1, countShare: 50 });
  });

  it("compares the accepted share with the target and flags what is left behind", () => {
    expect(row(portfolio, "axis", "housing")).toMatchObject({
      target: 40,
      gapPoints: 35,
      behind: false,
    });
    expect(row(portfolio, "axis", "health_prevention")).toMatchObject({
      target: 15,
      gapPoints: -15,
      behind: true,
      decided: { count: 0, countShare: 0 },
    });
    expect(row(portfolio, "axis", "caregivers")).toMatchObject({ gapPoints: -20, behind: true });
    expect(row(portfolio, "axis", UNKNOWN)).toMatchObject({
      target: null,
      gapPoints: null,
      behind: false,
    });
    expect(portfolio.behind).toEqual([
      { dimension: "axis", value: "health_prevention" },
      { dimension: "axis", value: "caregivers" },
      { dimension: "region", value: "Mayotte" },
      { dimension: "size", value: "from_1_to_2" },
    ]);
  });

  it("flags only beyond the threshold: 10 points under a 10-point threshold is not behind", () => {
    expect(row(portfolio, "size", "from_3_to_9")).toMatchObject({ gapPoints: -10, behind: false });
    expect(row(portfolio, "size", "from_1_to_2")).toMatchObject({ gapPoints: -11, behind: true });
    expect(row(portfolio, "region", "Guyane")).toMatchObject({ gapPoints: -5, behind: false });
    expect(row(portfolio, "region", "Mayotte")).toMatchObject({ gapPoints: -11, behind: true });
    const strict = computePortfolio(input({ targets: { ...targets, thresholdPoints: 0 } }));
    expect(row(strict, "region", "Guyane").behind).toBe(true);
    expect(row(strict, "level", "scoping")).toMatchObject({ gapPoints: 35, behind: false });
  });

  it("places overseas départements in their own région", () => {
    expect(row(portfolio, "region", "La Réunion").decided).toMatchObject({
      count: 1,
      countShare: 25,
    });
    expect(row(portfolio, "region", "Guyane").proposed).toMatchObject({ count: 1, countShare: 50 });
    expect(row(portfolio, "region", "Mayotte").decided.count).toBe(0);
    // Régions in the order of the départements, overseas after, unknown last.
    expect(values(portfolio, "region")).toEqual([
      "Auvergne-Rhône-Alpes",
      "Provence-Alpes-Côte d'Azur",
      "Île-de-France",
      "Guyane",
      "La Réunion",
      "Mayotte",
      UNKNOWN,
    ]);
  });

  it("gives each level its own amount", () => {
    expect(row(portfolio, "level", "diagnostic").decided).toEqual({
      count: 1,
      amountCents: 0,
      countShare: 25,
      amountShare: 0,
    });
    expect(row(portfolio, "level", "scoping").decided).toEqual({
      count: 3,
      amountCents: 1_000_000,
      countShare: 75,
      amountShare: 50,
    });
    expect(values(portfolio, "level")).toEqual(["diagnostic", "scoping", "production"]);
  });

  it("orders values as given, then the others alphabetically, unknown last", () => {
    expect(values(portfolio, "axis")).toEqual([
      "housing",
      "employment",
      "health_prevention",
      "caregivers",
      UNKNOWN,
    ]);
    const unordered = computePortfolio(input({ order: {} }));
    expect(values(unordered, "axis")).toEqual([
      "caregivers",
      "employment",
      "health_prevention",
      "housing",
      UNKNOWN,
    ]);
    expect(values(portfolio, "size")).toEqual([
      "none",
      "from_1_to_2",
      "from_3_to_9",
      "from_50",
      UNKNOWN,
    ]);
  });

  it("compares amounts when the targets are on amounts", () => {
    const byAmount = computePortfolio(input({ targets: { ...targets, basis: "amount" } }));
    expect(byAmount.basis).toBe("amount");
    expect(row(byAmount, "axis", "housing")).toMatchObject({ gapPoints: 10, behind: false });
    expect(row(byAmount, "axis", "employment")).toMatchObject({ gapPoints: 35 });
    // Diagnostics cost the programme nothing here: 0 % of the amount against 30 %.
    expect(row(byAmount, "level", "diagnostic")).toMatchObject({ gapPoints: -30, behind: true });
    expect(row(byAmount, "level", "production")).toMatchObject({ gapPoints: 20, behind: false });
  });

  it("flags nothing before anything is accepted, and shows targets with no application", () => {
    const start = computePortfolio(input({ decided: [] }));
    expect(start.behind).toEqual([]);
    expect(row(start, "axis", "housing")).toMatchObject({
      decided: { count: 0, countShare: null, amountShare: null },
      gapPoints: null,
      behind: false,
    });
    const empty = computePortfolio({
      proposed: [],
      decided: [],
      targets: { basis: "count", thresholdPoints: 5, shares: {} },
    });
    expect(empty.dimensions.every((d) => d.rows.length === 0)).toBe(true);
    expect(empty.totals.proposed).toEqual({ count: 0, amountCents: 0 });
  });

  it("refuses amounts and targets no form should let through", () => {
    const bad: PortfolioInput[] = [
      input({
        proposed: [
          { ...(proposed[0] as PortfolioItem), levels: [{ level: "scoping", amountCents: -1 }] },
        ],
      }),
      input({
        proposed: [
          { ...(proposed[0] as PortfolioItem), levels: [{ level: "scoping", amountCents: 10.5 }] },
        ],
      }),
      input({ targets: { ...targets, thresholdPoints: -1 } }),
      input({ targets: { ...targets, shares: { axis: { housing: 101 } } } }),
      input({ targets: { ...targets, shares: { region: { Corse: 12.5 } } } }),
    ];
    for (const candidate of bad) expect(() => computePortfolio(candidate)).toThrow(RangeError);
  });
});

describe("sharePercent", () => {
  it.each([
    [1, 8, 13],
    [1, 3, 33],
    [2, 3, 67],
    [1, 200, 1],
    [1, 201, 0],
    [0, 5, 0],
    [5, 5, 100],
    [123_456_789_012_345, 246_913_578_024_690, 50],
  ])("%d of %d is %d %%, half up", (part, whole, share) =>
    expect(sharePercent(part, whole)).toBe(share),
  );
  it("has no share of nothing", () => expect(sharePercent(0, 0)).toBeNull());
});

describe("régions and sizes", () => {
  it("derives the région of a département, overseas and Saint-Pierre-et-Miquelon included", () => {
    expect(regionOf("2A")).toBe("Corse");
    expect(regionOf("971")).toBe("Guadeloupe");
    expect(regionOf("976")).toBe("Mayotte");
    expect(regionOf("975")).toBe("Saint-Pierre-et-Miquelon");
    expect(regionOf("20")).toBe(UNKNOWN);
    expect(regionOf(null)).toBe(UNKNOWN);
    expect(portfolioRegions).toHaveLength(19);
    expect(portfolioRegions.slice(-6)).toEqual([
      "Guadeloupe",
      "Martinique",
      "Guyane",
      "La Réunion",
      "Saint-Pierre-et-Miquelon",
      "Mayotte",
    ]);
  });
  it("uses the diagnostic's size bands, in their order", () => {
    expect([...portfolioSizeBands]).toEqual([...sizeBands]);
  });
});

describe("computePortfolio on random portfolios", () => {
  // The definition, item by item, as the module's header states it: the oracle of the tallies.
  const amountOf = (item: PortfolioItem) => item.levels.reduce((sum, l) => sum + l.amountCents, 0);
  const valueAmount = (item: PortfolioItem, dimension: string, value: string) => {
    if (dimension === "axis") {
      const axes = item.axes.length > 0 ? item.axes : [UNKNOWN];
      return axes.includes(value) ? amountOf(item) : undefined;
    }
    if (dimension === "region") {
      return regionOf(item.departement) === value ? amountOf(item) : undefined;
    }
    if (dimension === "size")
      return (item.sizeBand ?? UNKNOWN) === value ? amountOf(item) : undefined;
    const own = item.levels.filter((l) => l.level === value);
    return own.length > 0 ? own.reduce((sum, l) => sum + l.amountCents, 0) : undefined;
  };
  const naiveMix = (items: readonly PortfolioItem[], dimension: string, value: string) => {
    const having = items.flatMap((item) => {
      const amount = valueAmount(item, dimension, value);
      return amount === undefined ? [] : [amount];
    });
    const amountCents = having.reduce((sum, amount) => sum + amount, 0);
    return {
      count: having.length,
      amountCents,
      countShare: sharePercent(having.length, items.length),
      amountShare: sharePercent(
        amountCents,
        items.reduce((sum, item) => sum + amountOf(item), 0),
      ),
    };
  };
  const item = fc.record({
    id: fc.uuid(),
    axes: fc.array(fc.constantFrom("housing", "employment", "caregivers"), { maxLength: 3 }),
    departement: fc.option(fc.constantFrom("13", "75", "974", "976", "2A", "99"), { nil: null }),
    sizeBand: fc.option(fc.constantFrom(...portfolioSizeBands), { nil: null }),
    levels: fc.array(
      fc.record({
        level: fc.constantFrom("diagnostic", "scoping", "production"),
        amountCents: fc.integer({ min: 0, max: 5_000_000 }),
      }),
      { maxLength: 3 },
    ),
  });
  const decidedItem = fc
    .tuple(
      item,
      fc.constantFrom("accepted", "refused", "postponed") as fc.Arbitrary<
        DecidedPortfolioItem["outcome"]
      >,
    )
    .map(([values, outcome]) => ({ ...values, outcome }));

  it("gives each row the mix of its definition, for the proposed, accepted and projected sets", () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 12 }),
        fc.array(decidedItem, { maxLength: 20 }),
        (proposed, decidedItems) => {
          const portfolio = computePortfolio({
            proposed,
            decided: decidedItems,
            targets: { basis: "count", thresholdPoints: 5, shares: {} },
          });
          const acceptedItems = decidedItems.filter((d) => d.outcome === "accepted");
          for (const { dimension, rows } of portfolio.dimensions) {
            for (const row of rows) {
              expect(row.proposed).toEqual(naiveMix(proposed, dimension, row.value));
              expect(row.decided).toEqual(naiveMix(acceptedItems, dimension, row.value));
              expect(row.projected).toEqual(
                naiveMix([...acceptedItems, ...proposed], dimension, row.value),
              );
              expect(row.projected.count).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
