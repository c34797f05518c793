/** Fewest diagnostics of similar organisations needed before their median is shown. */
export const similarOrganizationsMinimum = 10;

/** Returns the median of a list of numbers (mean of the two middle values), null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Returns the median score of similar organisations rounded half up, or null when there are
 * fewer than `minimum` scores (so that no small group, hence no organisation, can be recognised).
 */
export function similarOrganizationsMedian(
  scores: readonly number[],
  minimum: number = similarOrganizationsMinimum,
): number | null {
  if (scores.length < Math.max(1, minimum)) return null;
  const value = median(scores);
  return value === null ? null : Math.floor(value + 0.5);
}
