/**
 * Calendar dates as "YYYY-MM-DD" strings (no time, no time zone): the eligibility rules reason
 * on calendar days, as the programme team does.
 */
import { calendarDateIn, PARIS } from "~/platform/format/dates";

/** A "YYYY-MM-DD" calendar date. */
export type IsoDate = string;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Tells whether a year is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Returns the number of days in a month (1-12) of a year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a "YYYY-MM-DD" string into numbers, or null when it is not a real calendar date. */
export function parseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** Tells whether a value is a real calendar date written "YYYY-MM-DD" (e.g. no 2023-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

/** Orders two dates' parts: negative, zero or positive like a comparator. */
function compareParts(a: DateParts, b: DateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Returns the day a structure created on `creationDate` reaches `years` full years.
 * It is the same day and month `years` later (that day counts). A creation on 29 February has,
 * in a non-leap year, its anniversary on 1 March: the first day that is not before the missing
 * 29 February, so a structure is never treated as older than it is. (The civil-procedure rule
 * for deadlines, art. 641 CPC, would say 28 February; we chose the cautious reading, and the
 * case table shows it to the programme team.)
 */
export function anniversary(creationDate: IsoDate, years: number): IsoDate {
  return formatIsoDate(anniversaryParts(requireDate(creationDate), years));
}

/** Tells whether, on `onDate`, a structure created on `creationDate` has `years` full years. */
export function hasReachedAge(creationDate: IsoDate, onDate: IsoDate, years: number): boolean {
  return compareParts(requireDate(onDate), anniversaryParts(requireDate(creationDate), years)) >= 0;
}

function anniversaryParts(created: DateParts, years: number): DateParts {
  const year = created.year + years;
  const isMissingLeapDay = created.month === 2 && created.day === 29 && !isLeapYear(year);
  return isMissingLeapDay ? { year, month: 3, day: 1 } : { ...created, year };
}

/** Compares two "YYYY-MM-DD" dates: negative when a is before b, 0 when equal, else positive. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return compareParts(requireDate(a), requireDate(b));
}

/** Returns the calendar date in Europe/Paris at the given instant, as "YYYY-MM-DD". */
export function todayInParis(now: Date): IsoDate {
  return calendarDateIn(now, PARIS);
}

function requireDate(value: IsoDate): DateParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Reads a date typed by a person: "2019-05-14", "14/05/2019", "14-05-2019" or "14.05.2019"
 * (day first, as in France; one-digit day and month allowed). Returns "YYYY-MM-DD", or null when
 * the text is not a real calendar date.
 */
export function parseDateInput(text: string): IsoDate | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]?.padStart(2, "0")}-${match[1]?.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}
