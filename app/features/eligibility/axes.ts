/**
 * Action axes a structure can tick in the eligibility form. The four first are the Digit'ESS
 * priority axes; "other" lets a structure say its actions are elsewhere (culture, sport, ...).
 * Which axes are priorities is programme data (`EligibilityRules.priorityAxes`).
 */
export const axisIds = [
  "housing",
  "employment",
  "health_prevention",
  "caregivers",
  "other",
] as const;

/** One action axis id. */
export type AxisId = (typeof axisIds)[number];

/** Tells whether a value is a known axis id. */
export function isAxisId(value: unknown): value is AxisId {
  return typeof value === "string" && (axisIds as readonly string[]).includes(value);
}
