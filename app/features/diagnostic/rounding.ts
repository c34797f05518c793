/**
 * Rounds numerator / denominator to the nearest integer, halves up, with exact integer arithmetic
 * (both arguments non-negative safe integers, denominator > 0), so 62.5 gives 63 and never 62.
 */
export function roundHalfUpRatio(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError("roundHalfUpRatio expects safe integers");
  }
  if (numerator < 0 || denominator <= 0) {
    throw new RangeError("roundHalfUpRatio expects numerator >= 0 and denominator > 0");
  }
  // floor((2n + d) / 2d) = floor(n/d + 1/2), computed with the remainder so no float division.
  const twice = 2 * numerator + denominator;
  const divisor = 2 * denominator;
  return (twice - (twice % divisor)) / divisor;
}
