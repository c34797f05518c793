/**
 * Size bands of organisations, by number of employees, used to compare a diagnostic with those
 * of similar organisations. Most associations have no employee, so the low bands are narrow.
 */
export const sizeBands = [
  "none",
  "from_1_to_2",
  "from_3_to_9",
  "from_10_to_49",
  "from_50",
] as const;
export type SizeBand = (typeof sizeBands)[number];

/** Lowest number of employees of each band, in band order. */
const lowerBounds: Readonly<Record<SizeBand, number>> = {
  none: 0,
  from_1_to_2: 1,
  from_3_to_9: 3,
  from_10_to_49: 10,
  from_50: 50,
};

/** Reads the size band of a number of employees; null when it is unknown or not a count. */
export function sizeBandOf(employees: number | null | undefined): SizeBand | null {
  if (typeof employees !== "number" || !Number.isSafeInteger(employees) || employees < 0) {
    return null;
  }
  let band: SizeBand = "none";
  for (const candidate of sizeBands) {
    if (employees >= lowerBounds[candidate]) band = candidate;
  }
  return band;
}

/** Narrows a stored value to a size band (null for anything else). */
export function toSizeBand(value: unknown): SizeBand | null {
  return (sizeBands as readonly unknown[]).includes(value) ? (value as SizeBand) : null;
}
