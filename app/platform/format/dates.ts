/**
 * The one place where dates and times are written for people and read from the calendar.
 * Instants are stored in UTC and shown in Europe/Paris unless a time zone is given (committee
 * members overseas also see their own zone). Calendar dates ("YYYY-MM-DD", no time zone) are
 * written as they are. French writes the first day of a month "1er".
 */
import type { Locale } from "~/platform/i18n/types";

/** The programme's reference time zone. */
export const PARIS = "Europe/Paris";

/**
 * The French time zones people of the programme live in, by département (overseas) — Paris
 * for metropolitan France and Corsica.
 */
export const OVERSEAS_TIME_ZONES = {
  "971": "America/Guadeloupe",
  "972": "America/Martinique",
  "973": "America/Cayenne",
  "974": "Indian/Reunion",
  "975": "America/Miquelon",
  "976": "Indian/Mayotte",
  "977": "America/St_Barthelemy",
  "978": "America/Marigot",
} as const satisfies Record<string, string>;

/** The time zone of a département code ("75", "2A", "974"): Paris unless overseas. */
export function timeZoneOfDepartement(code: string): string {
  return (OVERSEAS_TIME_ZONES as Record<string, string>)[code] ?? PARIS;
}

/** The BCP 47 tag used to format for a locale. */
export function intlTag(locale: Locale): string {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

type Instant = Date | string | number;

const toDate = (value: Instant) => (value instanceof Date ? value : new Date(value));

/** "1 mars 2026" becomes "1er mars 2026" in French. */
function firstOfMonth(text: string, locale: Locale): string {
  return locale === "fr" ? text.replace(/(^|\s)1 (?=\p{L})/u, "$11er ") : text;
}

/** A day in long form, in a time zone (Paris by default): "1er mars 2026", "12 March 2026". */
export function formatDay(value: Instant, locale: Locale, timeZone: string = PARIS): string {
  const text = new Intl.DateTimeFormat(intlTag(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(toDate(value));
  return firstOfMonth(text, locale);
}

/** A day and time in long form: "12 mars 2026 à 14:05", "12 March 2026 at 14:05". */
export function formatDateTime(value: Instant, locale: Locale, timeZone: string = PARIS): string {
  const date = toDate(value);
  const day = formatDay(date, locale, timeZone);
  return `${day} ${locale === "fr" ? "à" : "at"} ${formatTime(date, locale, timeZone)}`;
}

/** A short day and time, for tables: "12/03/2026 14:05". */
export function formatShortDateTime(
  value: Instant,
  locale: Locale,
  timeZone: string = PARIS,
): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "short",
    timeStyle: "short",
    timeZone,
  }).format(toDate(value));
}

/** A time of day: "14:05". */
export function formatTime(value: Instant, locale: Locale, timeZone: string = PARIS): string {
  return new Intl.DateTimeFormat(intlTag(locale), { timeStyle: "short", timeZone }).format(
    toDate(value),
  );
}

/** A calendar date typed or stored as "YYYY-MM-DD", in long form; other text is returned as is. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const parts = parseCalendarDate(isoDate);
  if (!parts) return isoDate;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  date.setUTCFullYear(parts.year); // years below 100 would otherwise map to 19xx
  return formatDay(date, locale, "UTC");
}

/** A date or an instant in long form: calendar dates as they are, instants in Paris. */
export function formatDate(value: Instant, locale: Locale): string {
  return typeof value === "string" && parseCalendarDate(value)
    ? formatCalendarDate(value, locale)
    : formatDay(value, locale);
}

/** The parts of a "YYYY-MM-DD" calendar date, or null. */
export function parseCalendarDate(
  text: string,
): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The calendar date ("YYYY-MM-DD") of an instant in a time zone (Paris by default). */
export function calendarDateIn(instant: Date, timeZone: string = PARIS): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The calendar year of an instant in a time zone (Paris by default). */
export function calendarYearIn(instant: Date, timeZone: string = PARIS): number {
  return Number(calendarDateIn(instant, timeZone).slice(0, 4));
}

/** The offset of a time zone from UTC at an instant, in milliseconds (Paris in summer: +2 h). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a calendar date ("YYYY-MM-DD") and a time of day ("HH:MM") read in a time zone
 * (Paris by default), or null when either is not a real date or time. A time that does not
 * exist (the spring change) moves forward by the gap; an ambiguous one (autumn) is read in
 * winter time.
 */
export function zonedInstant(isoDate: string, time: string, timeZone: string = PARIS): Date | null {
  const date = parseCalendarDate(isoDate);
  const clock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!date || !clock) return null;
  const wall = Date.UTC(date.year, date.month - 1, date.day, Number(clock[1]), Number(clock[2]));
  const check = new Date(wall);
  if (check.getUTCMonth() !== date.month - 1 || check.getUTCDate() !== date.day) return null;
  // Two passes: the offset at the first guess, then at the instant it gives (DST changes).
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  return new Date(second);
}

/** The calendar date and time of day ("YYYY-MM-DD", "HH:MM") of an instant in a time zone. */
export function zonedParts(
  instant: Date,
  timeZone: string = PARIS,
): { date: string; time: string } {
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
  return { date: calendarDateIn(instant, timeZone), time };
}
