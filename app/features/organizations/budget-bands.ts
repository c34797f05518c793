// Bands of annual budget (total yearly resources) an organisation picks from, instead of typing
// an amount it often does not know precisely. Bounds in integer cents, lower bound included,
// upper bound excluded; the last band has no upper bound.

export const budgetBands = [
  { id: "under_10k", minCents: 0, maxCents: 1_000_000 },
  { id: "from_10k_to_50k", minCents: 1_000_000, maxCents: 5_000_000 },
  { id: "from_50k_to_200k", minCents: 5_000_000, maxCents: 20_000_000 },
  { id: "from_200k_to_500k", minCents: 20_000_000, maxCents: 50_000_000 },
  { id: "from_500k_to_1m", minCents: 50_000_000, maxCents: 100_000_000 },
  { id: "from_1m_to_5m", minCents: 100_000_000, maxCents: 500_000_000 },
  { id: "over_5m", minCents: 500_000_000, maxCents: null },
] as const;

export type BudgetBandId = (typeof budgetBands)[number]["id"];

export const budgetBandIds = budgetBands.map((band) => band.id) as [
  BudgetBandId,
  ...BudgetBandId[],
];

/** Returns the band an annual budget in cents falls into; throws on a negative or non-integer amount. */
export function budgetBandForAmount(cents: number): BudgetBandId {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw new RangeError(`Invalid budget amount in cents: ${cents}`);
  }
  for (const band of budgetBands) {
    if (band.maxCents === null || cents < band.maxCents) {
      return band.id;
    }
  }
  return "over_5m"; // unreachable: the last band has no upper bound
}
