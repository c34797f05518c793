import { type DepartementCode, isDepartementCode } from "./departements";

/**
 * Maps a French postcode to its département, offline, from the digits alone:
 * - 20000-20199 -> "2A" (Corse-du-Sud), 20200-20999 -> "2B" (Haute-Corse);
 * - 97xxx -> the first three digits when they are a code 971-976 (Saint-Barthélemy 97133 and
 *   Saint-Martin 97150 use Guadeloupe's prefix and map to 971);
 * - 98xxx (Monaco, French Pacific territories) -> null: not covered;
 * - otherwise the first two digits, when they are a département.
 * A few communes near a boundary carry a neighbour's prefix, so forms must let the user correct
 * the département proposed here.
 */
export function departementFromPostcode(postcode: string): DepartementCode | null {
  const digits = postcode.trim();
  if (!/^\d{5}$/.test(digits)) return null;
  const candidate = corsicaCode(digits) ?? (digits.startsWith("97") ? digits.slice(0, 3) : null);
  const code = candidate ?? (digits.startsWith("98") ? null : digits.slice(0, 2));
  return isDepartementCode(code) ? code : null;
}

/** Returns "2A" or "2B" for a Corsican postcode (20xxx), null otherwise. */
function corsicaCode(digits: string): DepartementCode | null {
  if (!digits.startsWith("20")) return null;
  return Number(digits) < 20200 ? "2A" : "2B";
}

/** Tells whether a string is a well-formed French postcode (five digits). */
export function isPostcode(value: unknown): value is string {
  return typeof value === "string" && /^\d{5}$/.test(value);
}
