/** Dates as the applicant reads them: "15 juin 2015", in Paris time for instants. */
import type { Locale } from "~/platform/i18n/types";

const tags: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/** Formats a calendar date (YYYY-MM-DD) or an instant (ISO string or Date) in long form. */
export function formatDate(value: string | Date, locale: Locale): string {
  const calendarDate = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = calendarDate ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(tags[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: calendarDate ? "UTC" : "Europe/Paris",
  }).format(date);
}

/** Groups the digits of a SIRET as printed on documents: 732 829 320 00074. */
export function formatSiret(siret: string): string {
  return siret.length === 14
    ? `${siret.slice(0, 3)}\u00a0${siret.slice(3, 6)}\u00a0${siret.slice(6, 9)}\u00a0${siret.slice(9)}`
    : siret;
}
