/**
 * The one place where dates and times are written for people and read from the calendar.
 * Instants are stored in UTC and shown in Europe/Paris unless a time zone is given (committee
 * members overseas also see their own zone). Calendar dates ("YYYY-MM-DD", no time zone) are
 * written as they are. French writes the first day of a month "1er".
 */
import type { Locale } from "~/platform/i18n/types";
import { dateTimeFormat } from "./intl";

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
  const text = dateTimeFormat(intlTag(locale), {
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
  return dateTimeFormat(intlTag(locale), {
    dateStyle: "short",
    timeStyle: "short",
    timeZone,
  }).format(toDate(value));
}

/** A time of day: "14:05". */
export function formatTime(value: Instant, locale: Locale, timeZone: string = PARIS): string {
  return dateTimeFormat(intlTag(locale), { timeStyle: "short", timeZone }).format(toDate(value));
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
  const parts = dateTimeFormat("en-CA", {
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

/**
 * A day in long form with its weekday, in a time zone (Paris by default): "jeudi 1er avril 2027",
 * "Thursday, 1 April 2027". For invitations and session times, where the weekday matters.
 */
export function formatWeekdayDay(value: Instant, locale: Locale, timeZone: string = PARIS): string {
  const text = dateTimeFormat(intlTag(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(toDate(value));
  return firstOfMonth(text, locale);
}

/** The hour (0-23) and minute of an instant in a time zone. */
function clockIn(instant: Date, timeZone: string): { hour: number; minute: number } {
  const parts = dateTimeFormat("en-GB", {
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { hour: part("hour"), minute: part("minute") };
}

/**
 * A time of day as French typography writes it in running text, "14 h 00", "9 h 05" (with
 * non-breaking spaces, so it never wraps); "14:00", "09:05" in English.
 */
export function formatClockTime(value: Instant, locale: Locale, timeZone: string = PARIS): string {
  if (locale !== "fr") return formatTime(value, locale, timeZone);
  const { hour, minute } = clockIn(toDate(value), timeZone);
  return `${hour}\u00a0h\u00a0${String(minute).padStart(2, "0")}`;
}

/** Minutes to add to UTC to get the wall-clock time of a zone at an instant (Paris: 60 or 120). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-GB", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wall - whole) / 60_000);
}

/**
 * The instant at which a wall clock of a zone (Paris by default) shows a calendar date
 * ("YYYY-MM-DD") and a time ("HH:MM"); null when either is malformed. When clocks go back
 * (the time happens twice) it is the first of the two; when they go forward (the time does not
 * exist) it is moved forward by the gap, as a clock would show it: 02:30 becomes 03:30.
 */
export function instantInZone(
  calendarDate: string,
  time: string,
  timeZone: string = PARIS,
): Date | null {
  const day = parseCalendarDate(calendarDate);
  const clock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!day || !clock) return null;
  const wall = Date.UTC(day.year, day.month - 1, day.day, Number(clock[1]), Number(clock[2]));
  const check = new Date(wall);
  if (check.getUTCFullYear() !== day.year || check.getUTCDate() !== day.day) return null;
  const hours = 3_600_000;
  const before = wall - utcOffsetMinutes(new Date(wall - 24 * hours), timeZone) * 60_000;
  const after = wall - utcOffsetMinutes(new Date(wall + 24 * hours), timeZone) * 60_000;
  const shows = (candidate: number) =>
    candidate + utcOffsetMinutes(new Date(candidate), timeZone) * 60_000 === wall;
  const matching = [before, after].filter(shows);
  if (matching.length > 0) return new Date(Math.min(...matching));
  return new Date(before);
}

/**
 * The instant a "YYYY-MM-DD" calendar date begins in a time zone (Paris by default), or null for
 * a text that is no date: a filter "from 2027-03-28" starts at midnight in Paris, not in UTC.
 */
export function startOfCalendarDate(text: string, timeZone: string = PARIS): Date | null {
  return instantInZone(text, "00:00", timeZone);
}

/** The calendar date and time of day ("YYYY-MM-DD", "HH:MM") of an instant in a time zone. */
export function zonedParts(
  instant: Date,
  timeZone: string = PARIS,
): { date: string; time: string } {
  const time = dateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
  return { date: calendarDateIn(instant, timeZone), time };
}
