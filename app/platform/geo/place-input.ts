import { type DepartementCode, isDepartementCode } from "./departements";
import { departementFromPostcode } from "./postcode";

/**
 * Reads what a visitor typed in a "département or postcode" field: "13", "2a", "974",
 * "6" (for 06), "13 001" or "13001" (a postcode, mapped offline). Returns null when the text is
 * neither a known département code nor a postcode of a covered département.
 */
export function departementFromInput(text: string): DepartementCode | null {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (/^\d{5}$/.test(compact)) return departementFromPostcode(compact);
  const padded = /^\d$/.test(compact) ? `0${compact}` : compact;
  return isDepartementCode(padded) ? padded : null;
}

/**
 * Splits a list of département codes typed by an administrator ("13, 04 05;2a") into known codes
 * (deduplicated, in the order given) and the pieces that are not département codes.
 */
export function parseDepartementList(text: string): {
  readonly codes: DepartementCode[];
  readonly invalid: string[];
} {
  const codes: DepartementCode[] = [];
  const invalid: string[] = [];
  for (const piece of text.split(/[\s,;]+/).filter(Boolean)) {
    const upper = piece.toUpperCase();
    const code = /^\d$/.test(upper) ? `0${upper}` : upper;
    if (!isDepartementCode(code)) invalid.push(piece);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}
