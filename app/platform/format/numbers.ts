/** Whole numbers for display, grouped as the locale writes them: "8 762" (fr), "8,762" (en). */
import type { Locale } from "~/platform/i18n/types";
import { intlTag } from "./dates";
import { numberFormat } from "./intl";

export function formatInteger(value: number, locale: Locale = "fr"): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${value}`);
  return numberFormat(intlTag(locale), { maximumFractionDigits: 0 }).format(value);
}

/** Numbers with decimals for display, as the locale writes them: "2,3" (fr), "2.3" (en). */
export function formatDecimal(value: number, locale: Locale = "fr"): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a number: ${value}`);
  return numberFormat(intlTag(locale)).format(value);
}
