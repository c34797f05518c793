// Display format of the feature's own: file sizes. Dates and money go through
// ~/platform/format (dates.ts, money.ts), like every feature.
import { intlTag } from "~/platform/format/dates";
import type { Locale } from "~/platform/i18n/types";

/** A file size: "850 octets", "12 Ko", "3,4 Mo" (base 1024, as file managers show). */
export function formatBytes(bytes: number, locale: Locale = "fr"): string {
  const units = locale === "fr" ? ["octets", "Ko", "Mo"] : ["bytes", "KB", "MB"];
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} ${units[0]}`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} ${units[1]}`;
  return `${number(bytes / (1024 * 1024), 1)} ${units[2]}`;
}
