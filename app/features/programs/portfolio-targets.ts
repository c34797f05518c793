/**
 * The programme's portfolio targets (issue 14): the share of the supported applications it aims
 * at for each priority axis, région (overseas included), support level and organisation size,
 * by number of applications or by amount, and how many points under its target a value may fall
 * before the committee's balance flags it. Stored as JSON on the programme row; read here
 * defensively (a row written by an older version, or by hand, never breaks a page); the
 * committees' balance (features/committees/portfolio.ts) computes against them. Pure.
 */
import type { SizeBand } from "~/features/diagnostic";
import { departements } from "~/platform/geo";

/** The dimensions of the balance, in the order they are shown. */
export const portfolioDimensions = ["axis", "region", "level", "size"] as const;
export type PortfolioDimension = (typeof portfolioDimensions)[number];

/**
 * Organisation size bands in their natural order: the diagnostic's bands, written here so that
 * the pages importing the programme's rules do not load the diagnostic (a test keeps them equal).
 */
export const portfolioSizeBands = [
  "none",
  "from_1_to_2",
  "from_3_to_9",
  "from_10_to_49",
  "from_50",
] as const satisfies readonly SizeBand[];

/**
 * Every région in the order of the départements, overseas ones included, then
 * Saint-Pierre-et-Miquelon (a collectivity with no région, counted under its own name).
 */
export const portfolioRegions: readonly string[] = [
  ...new Set(departements.map((departement) => departement.region ?? departement.name)),
];

/** The programme's targets: whole-percent shares per value of each dimension. */
export interface PortfolioTargets {
  /** Whether shares (and targets) are of the number of applications or of the amounts. */
  readonly basis: "count" | "amount";
  /** How many points under its target a value may be before it is flagged. */
  readonly thresholdPoints: number;
  readonly shares: { readonly [D in PortfolioDimension]?: Readonly<Record<string, number>> };
}

/** No target yet: nothing is flagged, the balance shows the mix only. */
export const defaultPortfolioTargets: PortfolioTargets = {
  basis: "count",
  thresholdPoints: 10,
  shares: {},
};

/** The values a target may be set for, per dimension, for a programme's axes and levels. */
export function targetValues(programme: {
  readonly axes: readonly { readonly code: string }[];
  readonly levels: readonly { readonly kind: string }[];
}): Readonly<Record<PortfolioDimension, readonly string[]>> {
  return {
    axis: programme.axes.map((axis) => axis.code),
    region: portfolioRegions,
    level: programme.levels.map((level) => level.kind),
    size: portfolioSizeBands,
  };
}

const isPercent = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100;

/**
 * Targets kept to what they may hold: known values only (an axis removed since, or a key a
 * hostile form invented, is dropped), whole percents from 0 to 100, a threshold from 0 to 100.
 * `known` omitted keeps any value (reading a row whose programme is not at hand).
 */
export function toPortfolioTargets(
  value: unknown,
  known?: Readonly<Record<PortfolioDimension, readonly string[]>>,
): PortfolioTargets {
  if (!value || typeof value !== "object") return defaultPortfolioTargets;
  const raw = value as Record<string, unknown>;
  const basis = raw.basis === "amount" ? "amount" : "count";
  const thresholdPoints = isPercent(raw.thresholdPoints)
    ? raw.thresholdPoints
    : defaultPortfolioTargets.thresholdPoints;
  const rawShares = (raw.shares && typeof raw.shares === "object" ? raw.shares : {}) as Record<
    string,
    unknown
  >;
  const shares: { [D in PortfolioDimension]?: Record<string, number> } = {};
  for (const dimension of portfolioDimensions) {
    const entries = rawShares[dimension];
    if (!entries || typeof entries !== "object") continue;
    const allowed = known ? new Set(known[dimension]) : null;
    const kept: Record<string, number> = {};
    for (const [key, share] of Object.entries(entries as Record<string, unknown>)) {
      if (isPercent(share) && (allowed === null || allowed.has(key))) kept[key] = share;
    }
    if (Object.keys(kept).length > 0) shares[dimension] = kept;
  }
  return { basis, thresholdPoints, shares };
}
