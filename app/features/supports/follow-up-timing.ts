// When the follow-up of a support is due: the feedback survey reminders, the maturity
// re-diagnostic invitation, and which level the structure is invited to next. Pure, safe for the
// browser: jobs call these with today's date and act on the answer.
//
// Dates are calendar days "YYYY-MM-DD" (the caller turns instants into days, in Paris, with
// calendarDateIn from ~/platform/format/dates). The arithmetic is plain calendar arithmetic on
// UTC dates: no time zone, no daylight saving. A malformed or impossible date ("2025-02-30")
// throws a RangeError: it is a programming error, not a user's input.
//
// Feedback survey (sent when a support closes):
// - the link is valid SURVEY_VALID_DAYS days: sent on day D, it expires on D + 30 (it works on
//   D + 29, not on D + 30);
// - reminder 1 is due from D + 7, reminder 2 from D + 14, while the survey is unanswered and the
//   link valid. A reminder missed by the job is not sent late when the next one is already due:
//   on D + 15 with none sent, only reminder 2 is due (the structure never gets two in a row).
//
// Re-diagnostic (maturity measured again): REDIAGNOSTIC_MONTHS months after the LAST support of
// the structure closed, if no other support is planned or open, and once per last closing: an
// invitation sent on or after that closing means it is done; one sent before it belonged to an
// earlier round of supports.
//
// Next level: a closed diagnostic leads to scoping, a closed scoping to production, production
// is the last level.
import type { LevelKind } from "~/features/applications";

// Calendar days ---------------------------------------------------------------------------------

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written "YYYY-MM-DD" (leap years included). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = CALENDAR_DAY.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function partsOf(day: string): { year: number; month: number; day: number } {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day: ${String(day)}`);
  return {
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8)),
  };
}

function format(year: number, month: number, day: number): string {
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`Year out of range: ${year}`);
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (negative before), of a calendar day. */
function dayNumber(day: string): number {
  const parts = partsOf(day);
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day); // years below 100 stay as they are
  return Math.round(date.getTime() / DAY_MS);
}

function fromDayNumber(value: number): string {
  const date = new Date(value * DAY_MS);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A calendar day moved by a whole number of days ("2027-03-01" minus 1 is "2027-02-28"). */
export function addDays(day: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(dayNumber(day) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * A calendar day moved by a whole number of months, kept in its month: a day the target month
 * does not have becomes its last day ("2025-08-31" + 6 is "2026-02-28", "2023-08-31" + 6 is
 * "2024-02-29", "2025-03-31" - 1 is "2025-02-28").
 */
export function addMonths(day: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const parts = partsOf(day);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** The earlier of two calendar days ("YYYY-MM-DD" compares as text). */
export function minDay(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two calendar days. */
export function maxDay(a: string, b: string): string {
  return a >= b ? a : b;
}

// Feedback survey -------------------------------------------------------------------------------

/** Days the survey link stays valid after it is sent. */
export const SURVEY_VALID_DAYS = 30;

/** Days after the survey was sent when reminder 1, then reminder 2, is due. */
export const REMINDER_DAYS = [7, 14] as const;

/** The reminder numbers: 1 is the first (REMINDER_DAYS[0]), 2 the second. */
export type ReminderNumber = 1 | 2;

/** The first day the survey link no longer works. */
export function surveyExpiresOn(sentAt: string): string {
  return addDays(sentAt, SURVEY_VALID_DAYS);
}

/** The survey link works on `now`: sent, not yet expired. */
export function surveyLinkValid(input: { readonly sentAt: string; readonly now: string }): boolean {
  const elapsed = daysBetween(input.sentAt, input.now);
  return elapsed >= 0 && elapsed < SURVEY_VALID_DAYS;
}

/**
 * The reminder to send on `now`, or null: the latest one whose day has come, if it is later than
 * the reminders already sent (`remindersSent`: the number of the last one sent, 0 for none).
 * Nothing once the survey is answered or the link expired. What is returned is what
 * `remindersSent` becomes once it is sent; "no reminder" is null, never 0.
 */
export function dueReminder(input: {
  readonly sentAt: string;
  readonly answeredAt: string | null;
  readonly remindersSent: number;
  readonly now: string;
}): ReminderNumber | null {
  const { sentAt, answeredAt, remindersSent, now } = input;
  if (answeredAt !== null || !surveyLinkValid({ sentAt, now })) return null;
  const elapsed = daysBetween(sentAt, now);
  let due: ReminderNumber | null = null;
  for (const [index, days] of REMINDER_DAYS.entries()) {
    if (elapsed >= days) due = (index + 1) as ReminderNumber;
  }
  return due !== null && due > remindersSent ? due : null;
}

// Re-diagnostic ---------------------------------------------------------------------------------

/** Months after the last support closes when the structure is invited to a new diagnostic. */
export const REDIAGNOSTIC_MONTHS = 6;

/** The day the re-diagnostic invitation falls due after the last closing. */
export function rediagnosticDueOn(
  lastClosedAt: string,
  months: number = REDIAGNOSTIC_MONTHS,
): string {
  if (!Number.isInteger(months) || months < 0) {
    throw new RangeError(`Not a number of months: ${months}`);
  }
  return addMonths(lastClosedAt, months);
}

/**
 * The structure is to be invited to a new diagnostic on `now`: its last support closed at least
 * `months` months ago (REDIAGNOSTIC_MONTHS by default), no support of it is planned or open
 * (`openSupports`: planned, in progress or delivered), and it was not invited since that closing.
 */
export function rediagnosticDue(input: {
  /** The day the last of its supports closed, or null if none ever closed. */
  readonly lastClosedAt: string | null;
  /** Its supports planned, in progress or delivered (not closed, not abandoned). */
  readonly openSupports: number;
  /** The day it was last invited to a re-diagnostic, or null. */
  readonly alreadyInvitedAt: string | null;
  readonly now: string;
  readonly months?: number;
}): boolean {
  const { lastClosedAt, openSupports, alreadyInvitedAt, now } = input;
  if (lastClosedAt === null || openSupports > 0) return false;
  if (alreadyInvitedAt !== null && daysBetween(lastClosedAt, alreadyInvitedAt) >= 0) return false;
  return (
    daysBetween(rediagnosticDueOn(lastClosedAt, input.months ?? REDIAGNOSTIC_MONTHS), now) >= 0
  );
}

// Next level ------------------------------------------------------------------------------------

const next: { readonly [K in LevelKind]: LevelKind | null } = {
  diagnostic: "scoping",
  scoping: "production",
  production: null,
};

/** The level the structure is invited to once a support of `kind` closes, or null after the last. */
export function nextLevel(kind: LevelKind): LevelKind | null {
  return Object.hasOwn(next, kind) ? next[kind] : null;
}
