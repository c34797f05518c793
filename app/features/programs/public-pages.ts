/**
 * What the public eligibility and simulator pages compute from a programme's stored
 * configuration (pure: the routes load the programme, these functions answer).
 */

import {
  type CriterionId,
  checkEligibility,
  describeNextStep,
  type EligibilityAnswers,
  type IsoDate,
  type Met,
  OTHER_AXIS,
  toEligibilityResponse,
} from "~/features/eligibility";
import { type SimulatorFormValue, type SupportLevelId, simulateFunding } from "~/features/funding";
import type { Locale } from "~/platform/i18n/types";
import { antennaFor, toAxisLabels, toEligibilityRules } from "./rules";
import type { Antenna, ProgrammeConfig } from "./types";

/** The eligibility page's answer: each criterion with its sentence, the advice, the antenna. */
export interface EligibilityOutcome {
  readonly eligible: Met;
  readonly criteria: readonly {
    readonly id: CriterionId;
    readonly met: Met;
    readonly message: string;
  }[];
  readonly nextStep: string;
  readonly antenna: Pick<Antenna, "name" | "city" | "contactEmail" | "contactPhone"> | null;
}

/** Checks the answers against the programme's rules and writes the answer in the locale. */
export function evaluateEligibility(
  config: ProgrammeConfig,
  answers: EligibilityAnswers,
  onDate: IsoDate,
  locale: Locale,
): EligibilityOutcome {
  const rules = toEligibilityRules(config);
  const known = [...rules.priorityAxes, OTHER_AXIS];
  // Codes the page did not offer (a stale or forged form) count as "another field".
  const axes = answers.axes?.map((axis) => (known.includes(axis) ? axis : OTHER_AXIS)) ?? null;
  const result = checkEligibility({ ...answers, axes }, rules, onDate);
  const present = { axes: toAxisLabels(config), locale };
  const antenna = answers.departement
    ? antennaFor(config.antennas, answers.departement)
    : undefined;
  return {
    ...toEligibilityResponse(result, present),
    nextStep: describeNextStep(result, present),
    antenna: antenna
      ? {
          name: antenna.name,
          city: antenna.city,
          contactEmail: antenna.contactEmail,
          contactPhone: antenna.contactPhone,
        }
      : null,
  };
}

/** One row of the simulator's table. */
export interface SimulationRow {
  readonly kind: "min" | "max" | "chosen" | "fixed";
  readonly ratePercent: number;
  readonly programmeShareCents: number;
  readonly remainingCents: number;
}

/** The simulator page's answer. */
export interface SimulationOutcome {
  readonly level: SupportLevelId;
  readonly levelLabel: string;
  readonly totalCostCents: number;
  readonly eligibleCostCents: number;
  readonly costCeilingCents: number | null;
  readonly rows: readonly SimulationRow[];
}

/** Why the simulator cannot answer: the level is not offered, or the rate is out of its range. */
export type SimulationProblem =
  | { readonly field: "level"; readonly key: "funding.error.levelNotOffered" }
  | {
      readonly field: "ratePercent";
      readonly key: "funding.error.rateOutOfBounds";
      readonly params: { readonly min: number; readonly max: number };
    };

/** Simulates a level of the programme for a total cost, at both bounds and the chosen rate. */
export function simulateForProgramme(
  config: ProgrammeConfig,
  value: SimulatorFormValue,
): { ok: true; outcome: SimulationOutcome } | { ok: false; problem: SimulationProblem } {
  const level = config.levels.find((l) => l.kind === value.level);
  if (!level)
    return { ok: false, problem: { field: "level", key: "funding.error.levelNotOffered" } };
  const result = simulateFunding({
    totalCostCents: value.totalCost,
    minRatePercent: level.minRatePercent,
    maxRatePercent: level.maxRatePercent,
    ratePercent: value.ratePercent,
    costCeilingCents: level.costCeilingCents,
  });
  if (!result.ok) {
    if (result.errors.every((error) => error.code === "rate_out_of_bounds")) {
      const params = { min: level.minRatePercent, max: level.maxRatePercent };
      return {
        ok: false,
        problem: { field: "ratePercent", key: "funding.error.rateOutOfBounds", params },
      };
    }
    throw new Error(`Invalid funding configuration for level ${level.kind}`);
  }
  const simulation = result.value;
  const fixed = level.minRatePercent === level.maxRatePercent;
  const rows: SimulationRow[] = fixed
    ? [{ kind: "fixed", ...simulation.atMinRate }]
    : [
        { kind: "min", ...simulation.atMinRate },
        { kind: "max", ...simulation.atMaxRate },
      ];
  if (simulation.atChosenRate && !fixed) rows.push({ kind: "chosen", ...simulation.atChosenRate });
  return {
    ok: true,
    outcome: {
      level: level.kind,
      levelLabel: level.label,
      totalCostCents: simulation.totalCostCents,
      eligibleCostCents: simulation.eligibleCostCents,
      costCeilingCents: simulation.costCeilingCents,
      rows,
    },
  };
}
