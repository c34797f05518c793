import type { Locale } from "../../platform/i18n/types";

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
