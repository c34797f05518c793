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

function mixOf(items: readonly PortfolioItem[], dimension: PortfolioDimension, value: string) {
  let count = 0;
  let amountCents = 0;
  let totalAmount = 0;
  for (const item of items) {
    totalAmount += itemAmount(item);
    const amount = valuesOf(item, dimension).get(value);
    if (amount !== undefined) {
      count += 1;
      amountCents += amount;
    }
  }
  return {
    count,
    amountCents,
    countShare: sharePercent(count, items.length),
    amountShare: sharePercent(amountCents, totalAmount),
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

/** Computes the balance. Throws a RangeError on amounts or targets no form should let through. */
export function computePortfolio(input: PortfolioInput): Portfolio {
  const { targets } = input;
  checkItems(input.proposed, "proposed");
  checkItems(input.decided, "decided");
  checkTargets(targets);
  const accepted = input.decided.filter((item) => item.outcome === "accepted");
  const projectedItems = [...accepted, ...input.proposed];
  const behind: { dimension: PortfolioDimension; value: string }[] = [];

  const dimensions = portfolioDimensions.map((dimension) => {
    const targetShares = targets.shares[dimension] ?? {};
    const present = new Set<string>(Object.keys(targetShares));
    for (const item of projectedItems) {
      for (const value of valuesOf(item, dimension).keys()) present.add(value);
    }
    const order = input.order?.[dimension] ?? naturalOrder[dimension];
    const rows = orderedValues(present, order).map((value): PortfolioRow => {
      const target = targetShares[value] ?? null;
      const decided = mixOf(accepted, dimension, value);
      const share = targets.basis === "count" ? decided.countShare : decided.amountShare;
      const gapPoints = target === null || share === null ? null : share - target;
      const isBehind = gapPoints !== null && gapPoints < -targets.thresholdPoints;
      if (isBehind) behind.push({ dimension, value });
      return {
        value,
        target,
        proposed: mixOf(input.proposed, dimension, value),
        decided,
        projected: mixOf(projectedItems, dimension, value),
        gapPoints,
        behind: isBehind,
      };
    });
    return { dimension, rows };
  });

  const total = (items: readonly PortfolioItem[]) => ({
    count: items.length,
    amountCents: items.reduce((sum, item) => sum + itemAmount(item), 0),
  });
  const outcomes = (outcome: DecidedPortfolioItem["outcome"]) =>
    input.decided.filter((item) => item.outcome === outcome).length;
  return {
    basis: targets.basis,
    thresholdPoints: targets.thresholdPoints,
    totals: { proposed: total(input.proposed), decided: total(accepted) },
    decisions: {
      accepted: accepted.length,
      refused: outcomes("refused"),
      postponed: outcomes("postponed"),
    },
    dimensions,
    behind,
  };
}
