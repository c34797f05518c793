// Application numbers: "DE-2026-00042" = prefix, year of creation, sequence within that year.
// The sequence is zero-padded to 5 digits and simply grows past 99999 ("DE-2026-123456").
// Only the canonical form parses, so parse(format(x)) and format(parse(s)) round-trip exactly.

export const APPLICATION_NUMBER_PREFIX = "DE";

const MIN_SEQUENCE_DIGITS = 5;
const CANONICAL = new RegExp(`^${APPLICATION_NUMBER_PREFIX}-(\\d{4})-(\\d{5}|[1-9]\\d{5,})$`);

export type ApplicationNumberParts = { readonly year: number; readonly sequence: number };

function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

function isValidSequence(sequence: number): boolean {
  return Number.isSafeInteger(sequence) && sequence >= 1;
}

/** Formats an application number, e.g. (2026, 42) -> "DE-2026-00042"; throws on invalid parts. */
export function formatApplicationNumber(year: number, sequence: number): string {
  if (!isValidYear(year)) {
    throw new RangeError(`Invalid application year: ${year}`);
  }
  if (!isValidSequence(sequence)) {
    throw new RangeError(`Invalid application sequence: ${sequence}`);
  }
  const digits = String(sequence).padStart(MIN_SEQUENCE_DIGITS, "0");
  return `${APPLICATION_NUMBER_PREFIX}-${year}-${digits}`;
}

/** Parses a canonical application number (surrounding spaces and case ignored), or returns null. */
export function parseApplicationNumber(text: string): ApplicationNumberParts | null {
  const match = CANONICAL.exec(text.trim().toUpperCase());
  if (match === null) {
    return null;
  }
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  if (!isValidYear(year) || !isValidSequence(sequence)) {
    return null;
  }
  return { year, sequence };
}
