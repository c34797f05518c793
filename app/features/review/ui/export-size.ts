// A file size for people: "12 Ko", "3,4 Mo".
import { intlTag } from "~/platform/format/dates";
import { numberFormat } from "~/platform/format/intl";
import type { Locale } from "~/platform/i18n/types";

export function sizeParts(bytes: number, locale: Locale): { unit: "kb" | "mb"; size: string } {
  const format = (value: number, digits: number) =>
    numberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return { unit: "kb", size: format(Math.max(1, bytes / 1024), 0) };
  return { unit: "mb", size: format(bytes / (1024 * 1024), 1) };
}
