/**
 * Action axes. A programme's priority axes are data (code and French label, stored per
 * programme); the eligibility form adds the reserved code "other" so a structure can say its
 * actions are elsewhere (culture, sport, ...).
 */

/** The reserved axis code meaning "my actions are in another field". */
export const OTHER_AXIS = "other";

/** The shape of an axis code: lowercase letters, digits and underscores ("health_prevention"). */
export const axisCodePattern = /^[a-z][a-z0-9_]{0,39}$/;

/** Tells whether a value is a well-formed axis code (known or not to a programme). */
export function isAxisCode(value: unknown): value is string {
  return typeof value === "string" && axisCodePattern.test(value);
}

/** A programme axis as shown to visitors: its code and its French label. */
export interface AxisLabel {
  readonly code: string;
  readonly label: string;
}
