import type { NextStepChoice } from "./question-bank";

/** Support levels of the programme that the result page can recommend. */
export const recommendedLevels = ["diagnostic", "scoping", "production"] as const;
export type RecommendedLevel = (typeof recommendedLevels)[number];

/** Why a next step is recommended; each reason has one explaining sentence. */
export const nextStepReasons = [
  "no_project",
  "low_maturity",
  "idea_to_specify",
  "specified_with_owner",
  "specified_without_owner",
] as const;
export type NextStepReason = (typeof nextStepReasons)[number];

export interface NextStep {
  readonly level: RecommendedLevel;
  readonly reason: NextStepReason;
}

/** Under this global score, the complete diagnostic comes first whatever the project. */
const diagnosticBelowGlobalScore = 26;

/**
 * Chooses the recommended support level from P1 (project: 0 none, 1 idea, 2 specifications),
 * P2 (owner: 0 nobody, 1 volunteer, 2 employee) and the global score; first matching rule wins.
 */
export function recommendNextStep(
  project: NextStepChoice,
  owner: NextStepChoice,
  globalScore: number,
): NextStep {
  if (project === 0) return { level: "diagnostic", reason: "no_project" };
  if (globalScore < diagnosticBelowGlobalScore) {
    return { level: "diagnostic", reason: "low_maturity" };
  }
  if (project === 1) return { level: "scoping", reason: "idea_to_specify" };
  if (owner !== 0) return { level: "production", reason: "specified_with_owner" };
  return { level: "scoping", reason: "specified_without_owner" };
}
