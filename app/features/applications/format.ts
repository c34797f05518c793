// Display formats of the feature: dates in Paris time, file sizes, euros (from the funding rules).
import type { Locale } from "~/platform/i18n/types";

export { formatEuros } from "~/platform/format/money";

const intlLocale = (locale: Locale) => (locale === "fr" ? "fr-FR" : "en-GB");

/** A date and time in Paris: "12 mars 2026 à 14:05". */
export function formatDateTime(instant: Date | string, locale: Locale = "fr"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: "Europe/Paris",
    dateStyle: "long",
    timeStyle: "short",
  }).format(new Date(instant));
}

/** A calendar day in Paris: "12 mars 2026". */
export function formatDay(instant: Date | string, locale: Locale = "fr"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: "Europe/Paris",
    dateStyle: "long",
  }).format(new Date(instant));
}

/** A "YYYY-MM-DD" date typed in a form, written in words ("1 mars 2020"), or as typed. */
export function formatIsoDay(isoDate: string, locale: Locale = "fr"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", dateStyle: "long" }).format(
    date,
  );
}

/** A file size: "850 octets", "12 Ko", "3,4 Mo" (base 1024, as file managers show). */
export function formatBytes(bytes: number, locale: Locale = "fr"): string {
  const units = locale === "fr" ? ["octets", "Ko", "Mo"] : ["bytes", "KB", "MB"];
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} ${units[0]}`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} ${units[1]}`;
  return `${number(bytes / (1024 * 1024), 1)} ${units[2]}`;
}
