/**
 * The portfolio balance shown beside a session's agenda (issue 14): the mix of what is proposed
 * to the session and of what was accepted since the start of the programme, by priority axis,
 * région (overseas included), support level and organisation size, against the programme's
 * targets, so the committee sees an axis or a région that is left behind. Pure: the caller gives
 * plain items and targets; nothing is read here.
 *
 * Counting rules:
 * - a share is of the applications of its set (proposed, accepted, or both for "projected"):
 *   by count, the applications that have the value over all applications; by amount, their
 *   amount over the set's whole amount;
 * - an application under several axes (or levels) counts in each, so shares may add up to more
 *   than 100 %; by amount it brings its whole amount to each axis, and each level's own amount to
 *   its level;
 * - shares are whole percent, rounded half up; a value is "behind" when its accepted share, as
 *   shown, is more than `thresholdPoints` under its target. Nothing is behind while nothing has
 *   been accepted (there is no share yet).
 */
import type { SizeBand } from "~/features/diagnostic";
import {
  type PortfolioDimension,
  type PortfolioTargets,
  portfolioDimensions,
  portfolioRegions,
  portfolioSizeBands,
} from "~/features/programs";
import { getDepartement } from "~/platform/geo";

// The dimensions, régions, size bands and targets are the programme's (features/programs).
export {
  type PortfolioDimension,
  type PortfolioTargets,
  portfolioDimensions,
  portfolioRegions,
  portfolioSizeBands,
};

/** The value of an application that lacks the information (no axis, no région, no size). */
export const UNKNOWN = "unknown";

/** The région of a département code ("974" is "La Réunion"); UNKNOWN for no or a bad code. */
export function regionOf(departement: string | null | undefined): string {
  const found = departement ? getDepartement(departement) : undefined;
  if (!found) return UNKNOWN;
  return found.region ?? found.name;
}

/** One requested or granted level of an application, with its amount in cents. */
export interface PortfolioLevel {
  /** The level's kind ("diagnostic", "scoping", "production"). */
  readonly level: string;
  /** What the programme pays for it: requested share for a proposal, granted for a decision. */
  readonly amountCents: number;
}

/** An application as the balance sees it. */
export interface PortfolioItem {
  readonly id: string;
  /** Priority axis codes (several allowed). */
  readonly axes: readonly string[];
  /** The organisation's département code; its région is derived. */
  readonly departement: string | null;
  readonly sizeBand: SizeBand | null;
  readonly levels: readonly PortfolioLevel[];
}

/** A decided application; only accepted ones enter the mix, the others are counted. */
export interface DecidedPortfolioItem extends PortfolioItem {
  readonly outcome: "accepted" | "refused" | "postponed";
}

/** What the balance is computed from. */
export interface PortfolioInput {
  /** The applications on the session's agenda. */
  readonly proposed: readonly PortfolioItem[];
  /** Every application decided since the start of the programme. */
  readonly decided: readonly DecidedPortfolioItem[];
  readonly targets: PortfolioTargets;
  /**
   * The order of the values of a dimension (the programme's axes and levels); régions and sizes
   * have a natural order. Values not listed follow, alphabetically, and UNKNOWN comes last.
   */
  readonly order?: { readonly [D in PortfolioDimension]?: readonly string[] };
}

/** The applications of a set that have a value. */
export interface PortfolioMix {
  readonly count: number;
  readonly amountCents: number;
  /** Whole percent of the set's applications; null when the set is empty. */
  readonly countShare: number | null;
  /** Whole percent of the set's amount; null when the set's amount is zero. */
  readonly amountShare: number | null;
}

/** One value of a dimension. */
export interface PortfolioRow {
  readonly value: string;
  /** Whole percent, or null when the programme set no target for it. */
  readonly target: number | null;
  readonly proposed: PortfolioMix;
  readonly decided: PortfolioMix;
  /** Accepted plus proposed: the mix if every proposed application were accepted. */
  readonly projected: PortfolioMix;
  /** Accepted share (on the targets' basis) minus the target, in points; null without either. */
  readonly gapPoints: number | null;
  readonly behind: boolean;
}

/** The whole balance. */
export interface Portfolio {
  readonly basis: PortfolioTargets["basis"];
  readonly thresholdPoints: number;
  readonly totals: {
    readonly proposed: { readonly count: number; readonly amountCents: number };
    readonly decided: { readonly count: number; readonly amountCents: number };
  };
  readonly decisions: {
    readonly accepted: number;
    readonly refused: number;
    readonly postponed: number;
  };
  readonly dimensions: readonly {
    readonly dimension: PortfolioDimension;
    readonly rows: readonly PortfolioRow[];
  }[];
  /** Every value that is behind, dimension by dimension. */
  readonly behind: readonly { readonly dimension: PortfolioDimension; readonly value: string }[];
}

const itemAmount = (item: PortfolioItem) =>
  item.levels.reduce((total, level) => total + level.amountCents, 0);

/** The values an item has in a dimension, each with the amount it brings. */
function valuesOf(item: PortfolioItem, dimension: PortfolioDimension): Map<string, number> {
  const values = new Map<string, number>();
  const whole = itemAmount(item);
  switch (dimension) {
    case "axis":
      for (const axis of item.axes.length > 0 ? item.axes : [UNKNOWN]) values.set(axis, whole);
      break;
    case "region":
      values.set(regionOf(item.departement), whole);
      break;
    case "level":
      for (const level of item.levels) {
        values.set(level.level, (values.get(level.level) ?? 0) + level.amountCents);
      }
      break;
    case "size":
      values.set(item.sizeBand ?? UNKNOWN, whole);
      break;
  }
  return values;
}

/** Whole percent of `part` over `whole`, rounded half up; null when `whole` is zero. */
export function sharePercent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const numerator = BigInt(part) * 200n + BigInt(whole);
  return Number(numerator / (BigInt(whole) * 2n));
}

/** A set's applications counted once, per value of one dimension, in one pass. */
export interface Tally {
  readonly size: number;
  readonly totalAmount: number;
  readonly byValue: ReadonlyMap<string, { count: number; amountCents: number }>;
}

function tally(items: readonly PortfolioItem[], dimension: PortfolioDimension): Tally {
  const byValue = new Map<string, { count: number; amountCents: number }>();
  let totalAmount = 0;
  for (const item of items) {
    totalAmount += itemAmount(item);
    for (const [value, amount] of valuesOf(item, dimension)) {
      const found = byValue.get(value);
      if (found) {
        found.count += 1;
        found.amountCents += amount;
      } else byValue.set(value, { count: 1, amountCents: amount });
    }
  }
  return { size: items.length, totalAmount, byValue };
}

/** The tally of two disjoint sets together. */
function together(a: Tally, b: Tally): Tally {
  const byValue = new Map<string, { count: number; amountCents: number }>();
  for (const source of [a.byValue, b.byValue]) {
    for (const [value, { count, amountCents }] of source) {
      const found = byValue.get(value);
      byValue.set(value, {
        count: (found?.count ?? 0) + count,
        amountCents: (found?.amountCents ?? 0) + amountCents,
      });
    }
  }
  return { size: a.size + b.size, totalAmount: a.totalAmount + b.totalAmount, byValue };
}

function mixOf(set: Tally, value: string): PortfolioMix {
  const { count, amountCents } = set.byValue.get(value) ?? { count: 0, amountCents: 0 };
  return {
    count,
    amountCents,
    countShare: sharePercent(count, set.size),
    amountShare: sharePercent(amountCents, set.totalAmount),
  };
}

function checkItems(items: readonly PortfolioItem[], set: string) {
  for (const item of items) {
    for (const level of item.levels) {
      if (!Number.isSafeInteger(level.amountCents) || level.amountCents < 0) {
        throw new RangeError(`${set} ${item.id}: an amount is not whole cents from 0`);
      }
    }
  }
}

function checkTargets(targets: PortfolioTargets) {
  if (!Number.isSafeInteger(targets.thresholdPoints) || targets.thresholdPoints < 0) {
    throw new RangeError("The threshold is a whole number of points from 0");
  }
  for (const [dimension, shares] of Object.entries(targets.shares)) {
    for (const [value, share] of Object.entries(shares ?? {})) {
      if (!Number.isInteger(share) || share < 0 || share > 100) {
        throw new RangeError(`The target of ${dimension} ${value} is not a whole percent`);
      }
    }
  }
}

const naturalOrder: { readonly [D in PortfolioDimension]?: readonly string[] } = {
  region: portfolioRegions,
  size: portfolioSizeBands,
};

function orderedValues(
  present: ReadonlySet<string>,
  order: readonly string[] | undefined,
): string[] {
  const listed = (order ?? []).filter((value) => present.has(value));
  const rest = [...present]
    .filter((value) => value !== UNKNOWN && !listed.includes(value))
    .sort((a, b) => a.localeCompare(b, "fr"));
  return [...listed, ...rest, ...(present.has(UNKNOWN) ? [UNKNOWN] : [])];
}

/**
 * What was decided, tallied once per dimension: the accepted applications' mix and the count of
 * each outcome. It changes only when decisions become final, so a caller may keep it.
 */
export interface DecidedTally {
  readonly byDimension: Readonly<Record<PortfolioDimension, Tally>>;
  readonly decisions: Portfolio["decisions"];
}

/** Tallies the decided applications. Throws a RangeError on an amount that is not whole cents. */
export function tallyDecided(decided: readonly DecidedPortfolioItem[]): DecidedTally {
  checkItems(decided, "decided");
  const accepted = decided.filter((item) => item.outcome === "accepted");
  const outcomes = (outcome: DecidedPortfolioItem["outcome"]) =>
    decided.filter((item) => item.outcome === outcome).length;
  return {
    byDimension: Object.fromEntries(
      portfolioDimensions.map((dimension) => [dimension, tally(accepted, dimension)]),
    ) as Record<PortfolioDimension, Tally>,
    decisions: {
      accepted: accepted.length,
      refused: outcomes("refused"),
      postponed: outcomes("postponed"),
    },
  };
}

/** Computes the balance. Throws a RangeError on amounts or targets no form should let through. */
export function computePortfolio(input: PortfolioInput): Portfolio {
  return balanceOf({ ...input, decided: tallyDecided(input.decided) });
}

/** The balance of the proposed applications against a tally of what was decided. */
export function balanceOf(
  input: Omit<PortfolioInput, "decided"> & { readonly decided: DecidedTally },
): Portfolio {
  const { targets } = input;
  checkItems(input.proposed, "proposed");
  checkTargets(targets);
  const behind: { dimension: PortfolioDimension; value: string }[] = [];

  const dimensions = portfolioDimensions.map((dimension) => {
    const targetShares = targets.shares[dimension] ?? {};
    const acceptedTally = input.decided.byDimension[dimension];
    const proposedTally = tally(input.proposed, dimension);
    const projectedTally = together(acceptedTally, proposedTally);
    const present = new Set<string>([
      ...Object.keys(targetShares),
      ...projectedTally.byValue.keys(),
    ]);
    const order = input.order?.[dimension] ?? naturalOrder[dimension];
    const rows = orderedValues(present, order).map((value): PortfolioRow => {
      const target = targetShares[value] ?? null;
      const decided = mixOf(acceptedTally, value);
      const share = targets.basis === "count" ? decided.countShare : decided.amountShare;
      const gapPoints = target === null || share === null ? null : share - target;
      const isBehind = gapPoints !== null && gapPoints < -targets.thresholdPoints;
      if (isBehind) behind.push({ dimension, value });
      return {
        value,
        target,
        proposed: mixOf(proposedTally, value),
        decided,
        projected: mixOf(projectedTally, value),
        gapPoints,
        behind: isBehind,
      };
    });
    return { dimension, rows };
  });

  // Every tally of a set has its size and whole amount: the first dimension's gives them.
  const acceptedAll = input.decided.byDimension[portfolioDimensions[0]];
  return {
    basis: targets.basis,
    thresholdPoints: targets.thresholdPoints,
    totals: {
      proposed: {
        count: input.proposed.length,
        amountCents: input.proposed.reduce((sum, item) => sum + itemAmount(item), 0),
      },
      decided: { count: acceptedAll.size, amountCents: acceptedAll.totalAmount },
    },
    decisions: input.decided.decisions,
    dimensions,
    behind,
  };
}
