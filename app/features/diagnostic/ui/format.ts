/** Date formatting of the diagnostic pages, in the programme's time zone. */
import type { Locale } from "~/platform/i18n/types";

/** Formats an ISO instant as a long date in Europe/Paris ("12 mars 2026"). */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", {
    dateStyle: "long",
    timeZone: "Europe/Paris",
  }).format(new Date(iso));
}

/** Formats an ISO instant as a time of day in Europe/Paris ("11:00"). */
export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", {
    timeStyle: "short",
    timeZone: "Europe/Paris",
  }).format(new Date(iso));
}

/** Formats a gain in points with its sign ("+12", "-3", "0"). */
export function signOf(gain: number): string {
  return gain > 0 ? "+" : "";
}
