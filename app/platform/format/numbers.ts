/** Whole numbers for display, grouped as the locale writes them: "8 762" (fr), "8,762" (en). */
import type { Locale } from "~/platform/i18n/types";
import { intlTag } from "./dates";
import { numberFormat } from "./intl";

export function formatInteger(value: number, locale: Locale = "fr"): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${value}`);
  return numberFormat(intlTag(locale), { maximumFractionDigits: 0 }).format(value);
}
