import type { Locale } from "~/platform/i18n/types";

/** Writes an amount of integer cents in euros for display: "6 000,00 €", "€6,000.00". */
export function formatEuros(cents: number, locale: Locale = "fr"): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  // Display only: the division is exact enough for two decimals; computations stay in cents.
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
  }).format(cents / 100);
}

/**
 * Reads an amount in euros typed by a person ("10 000", "2 500,50", "1500.5 €") as integer cents,
 * without floating-point arithmetic. Returns null when the text is not an amount of at most two
 * decimals (negative amounts, letters, "1,234,5", three decimals are refused).
 */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  const match = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? "").padEnd(2, "0"));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** Writes cents as a plain amount to put back in a form field: "10000", "2500,50". */
export function centsToInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, "0")}`;
}
