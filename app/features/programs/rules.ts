/**
 * Pure rules of programme configuration: rate bounds, the one-antenna-per-département rule,
 * territory coverage, and the mapping of a stored programme to the eligibility and funding rules.
 */
import type { AxisLabel, EligibilityRules } from "~/features/eligibility";
import type { FundingRules } from "~/features/funding";
import {
  type Antenna,
  type CommitteeCadence,
  committeeCadences,
  type ProgrammeConfig,
  type ProgrammeStatus,
  programmeStatuses,
  type ReviewCriterion,
} from "./types";

/** Why a pair of rate bounds is refused: each bound is 0-100 and the minimum is not above the maximum. */
export type RateProblem = "minOutOfRange" | "maxOutOfRange" | "minAboveMax";

/** Checks a level's funding-rate bounds (whole percent); [] when they are valid. */
export function rateBoundsProblems(minRatePercent: number, maxRatePercent: number): RateProblem[] {
  const inRange = (rate: number) => Number.isInteger(rate) && rate >= 0 && rate <= 100;
  const problems: RateProblem[] = [];
  if (!inRange(minRatePercent)) problems.push("minOutOfRange");
  if (!inRange(maxRatePercent)) problems.push("maxOutOfRange");
  if (problems.length === 0 && minRatePercent > maxRatePercent) problems.push("minAboveMax");
  return problems;
}

/** A département an antenna cannot take because another antenna of the programme covers it. */
export interface DepartementConflict {
  readonly departement: string;
  readonly antennaName: string;
}

/**
 * Finds the départements of a candidate antenna already covered by another antenna (the one
 * being edited, `antennaId`, is ignored): a département belongs to one antenna at most.
 */
export function departementConflicts(
  antennas: readonly Pick<Antenna, "id" | "name" | "departements">[],
  candidate: { readonly antennaId: string | null; readonly departements: readonly string[] },
): DepartementConflict[] {
  return candidate.departements.flatMap((departement) => {
    const owner = antennas.find(
      (antenna) => antenna.id !== candidate.antennaId && antenna.departements.includes(departement),
    );
    return owner ? [{ departement, antennaName: owner.name }] : [];
  });
}

/** The programme's départements that no antenna covers, in the programme's order. */
export function uncoveredDepartements(
  programmeDepartements: readonly string[],
  antennas: readonly Pick<Antenna, "departements">[],
): string[] {
  const covered = new Set(antennas.flatMap((antenna) => antenna.departements));
  return programmeDepartements.filter((code) => !covered.has(code));
}

/** The départements of a list that lie outside the programme's territory. */
export function outsideTerritory(
  departements: readonly string[],
  programmeDepartements: readonly string[],
): string[] {
  return departements.filter((code) => !programmeDepartements.includes(code));
}

/** The antenna that covers a département, if any. */
export function antennaFor<A extends Pick<Antenna, "departements">>(
  antennas: readonly A[],
  departement: string,
): A | undefined {
  return antennas.find((antenna) => antenna.departements.includes(departement));
}

/** The eligibility rules of a stored programme (built from its row and its axes). */
export function toEligibilityRules(config: ProgrammeConfig): EligibilityRules {
  return {
    acceptedLegalFormCodes: config.eligibility.acceptedLegalForms,
    esusAcceptedForOtherCompanies: config.eligibility.esusAccepted,
    minimumAgeYears: config.eligibility.minimumAgeYears,
    priorityAxes: config.axes.map((axis) => axis.code),
    departements: config.eligibility.departements,
  };
}

/** The axes of a programme as the eligibility check labels them. */
export function toAxisLabels(config: ProgrammeConfig): AxisLabel[] {
  return config.axes.map(({ code, label }) => ({ code, label }));
}

/** The funding rules of a stored programme (its levels' rate bounds and ceilings). */
export function toFundingRules(config: ProgrammeConfig): FundingRules {
  return {
    levels: config.levels.map((level) => ({
      level: level.kind,
      minRatePercent: level.minRatePercent,
      maxRatePercent: level.maxRatePercent,
      costCeilingCents: level.costCeilingCents,
    })),
  };
}

/** Reads a stored status; anything unexpected is treated as closed (the safe side). */
export function toProgrammeStatus(value: string): ProgrammeStatus {
  return (programmeStatuses as readonly string[]).includes(value)
    ? (value as ProgrammeStatus)
    : "closed";
}

/** Reads a stored committee cadence; monthly when unknown. */
export function toCommitteeCadence(value: string): CommitteeCadence {
  return (committeeCadences as readonly string[]).includes(value)
    ? (value as CommitteeCadence)
    : "monthly";
}

/** Reads the stored review criteria (JSON), keeping only well-formed entries. */
export function toReviewCriteria(value: unknown): ReviewCriterion[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const { id, label, description, weight } = item as Record<string, unknown>;
    if (typeof id !== "string" || typeof label !== "string") return [];
    return [
      {
        id,
        label,
        description: typeof description === "string" ? description : "",
        weight: typeof weight === "number" && Number.isInteger(weight) ? weight : 1,
      },
    ];
  });
}

/** Makes a stable identifier from a label: "Impact social attendu" -> "impact_social_attendu". */
export function identifierFrom(label: string): string {
  const base = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/g, "");
  return /^[a-z]/.test(base) ? base : `c_${base}`.slice(0, 40);
}

/** Picks the programme shown on the site's home page: the first open one, else the first. */
export function pickDefaultProgramme<P extends { readonly status: string }>(
  programmes: readonly P[],
): P | undefined {
  return programmes.find((p) => p.status === "open") ?? programmes[0];
}
