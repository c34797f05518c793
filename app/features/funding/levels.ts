/** The support levels (échelons d'accompagnement) a structure can apply to. */
export const supportLevelIds = ["diagnostic", "scoping", "production"] as const;

/** One support level id: diagnostic, scoping (cadrage), production. */
export type SupportLevelId = (typeof supportLevelIds)[number];

/** The funding-rate range of one level, in whole percent of the total cost. */
export interface LevelRates {
  readonly level: SupportLevelId;
  readonly minRatePercent: number;
  readonly maxRatePercent: number;
  /** Above this total cost, the programme's share is computed on the ceiling; null: none. */
  readonly costCeilingCents?: number | null;
}

/** A programme's funding configuration: plain data, stored in the database per programme. */
export interface FundingRules {
  readonly levels: readonly LevelRates[];
}

/**
 * Digit'ESS funding rates, the seed value: the complete digital diagnostic is paid in full,
 * scoping 55 % to 75 %, production 25 % to 50 % of the total cost.
 */
export const digitessFundingRules: FundingRules = {
  levels: [
    { level: "diagnostic", minRatePercent: 100, maxRatePercent: 100 },
    { level: "scoping", minRatePercent: 55, maxRatePercent: 75 },
    { level: "production", minRatePercent: 25, maxRatePercent: 50 },
  ],
};

/** Returns a level's rate range in a programme, or undefined when the programme does not offer it. */
export function ratesForLevel(rules: FundingRules, level: SupportLevelId): LevelRates | undefined {
  return rules.levels.find((rates) => rates.level === level);
}
