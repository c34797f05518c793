/**
 * The one way to read and write money: amounts are integer cents, never floats. People type
 * euros ("10 000", "2 500,50 €", "€ 80"); the same parser serves every form and API.
 */
import type { Locale } from "~/platform/i18n/types";
import { intlTag } from "./dates";
import { numberFormat } from "./intl";

/** The largest amount anyone may type: 12 digits of euros (under a thousand billion). */
export const MAX_EURO_DIGITS = 12;

/**
 * Reads an amount in euros typed by a person as integer cents, without floating-point
 * arithmetic. Spaces (also non-breaking and narrow ones) group digits, "," or "." marks at most
 * two decimals, and a "€" may stand before or after. Returns null for anything else: negative
 * amounts, exponents, letters, "1,234,5", three decimals, more than 12 digits of euros.
 */
export function parseEurosToCents(text: string): number | null {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/€$/, "")
    .replace(/^€/, "");
  const match = new RegExp(`^(\\d{1,${MAX_EURO_DIGITS}})(?:[.,](\\d{1,2}))?$`).exec(compact);
  if (!match) return null;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? "").padEnd(2, "0"));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** Writes an amount of integer cents in euros for display: "6 000,00 €", "€6,000.00". */
export function formatEuros(cents: number, locale: Locale = "fr"): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  // Display only: the division is exact enough for two decimals; computations stay in cents.
  return numberFormat(intlTag(locale), {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
  }).format(cents / 100);
}

/** Writes cents as a plain amount to put back in a form field: "10000", "2500,50". */
export function centsToInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, "0")}`;
}

/** A whole percentage with a non-breaking space, as French typography wants: "55 %", "55%". */
export function formatPercent(percent: number, locale: Locale = "fr"): string {
  return locale === "fr" ? `${percent}\u00a0%` : `${percent}%`;
}
