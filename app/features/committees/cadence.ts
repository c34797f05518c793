/**
 * When the next committee sessions fall, from the programme's cadence (monthly, bimonthly,
 * quarterly: `programs.committee_cadence`, set by the admin), and the day their draft agenda must
 * be prepared: ten days before (issue 14: "a job prepares the next session and its draft agenda
 * ten days before"). Pure: dates are calendar dates ("YYYY-MM-DD") and times wall-clock times of
 * Paris, turned into UTC instants by ~/platform/format/dates, so a 14 h 00 session stays at
 * 14 h 00 on both sides of a daylight-saving switch. Public holidays are not considered.
 *
 * The programme stores only the cadence: which day of the month and at what time is a rule
 * with a default (the second Thursday at 14 h 00) until the programme stores its own.
 */
import type { CommitteeCadence } from "~/features/programs";
import { calendarDateIn, instantInZone, PARIS, parseCalendarDate } from "~/platform/format/dates";

/** Days between the draft agenda and the session. */
export const AGENDA_LEAD_DAYS = 10;

/** Months between two sessions. */
export const cadenceMonths: Readonly<Record<CommitteeCadence, number>> = {
  monthly: 1,
  bimonthly: 2,
  quarterly: 3,
};

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The day of its month a session falls on. */
export type SessionDay =
  /** The first to fourth, or the last, given weekday of the month. */
  | {
      readonly kind: "weekday";
      readonly ordinal: 1 | 2 | 3 | 4 | "last";
      readonly weekday: IsoWeekday;
    }
  /** A day of the month; a month without it takes its last day (the 31st is 30 April). */
  | { readonly kind: "dayOfMonth"; readonly day: number };

/** How a programme's sessions are planned. */
export interface CadenceRule {
  readonly cadence: CommitteeCadence;
  readonly day: SessionDay;
  /** Paris wall-clock time, "HH:MM". */
  readonly time: string;
  /**
   * The first day a session may fall on ("YYYY-MM-DD": the programme's start), or null. Its month
   * is where bimonthly and quarterly cadences count from; without it they count from January.
   */
  readonly from: string | null;
  /** The last day a session may fall on (the programme's end), or null. */
  readonly until: string | null;
}

/** The second Thursday of the month. */
export const DEFAULT_SESSION_DAY: SessionDay = { kind: "weekday", ordinal: 2, weekday: 4 };
/** Sessions start at 14 h 00, Paris time. */
export const DEFAULT_SESSION_TIME = "14:00";

/** The rule of a programme as stored today (cadence, start and end dates), with the defaults. */
export function cadenceRuleOf(programme: {
  readonly committeeCadence: CommitteeCadence;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
}): CadenceRule {
  return {
    cadence: programme.committeeCadence,
    day: DEFAULT_SESSION_DAY,
    time: DEFAULT_SESSION_TIME,
    from: programme.startsOn,
    until: programme.endsOn,
  };
}

/** A session to plan. */
export interface PlannedSession {
  /** Its calendar date in Paris. */
  readonly date: string;
  readonly startsAt: Date;
  /** The day its draft agenda must be ready: AGENDA_LEAD_DAYS before, in Paris. */
  readonly agendaDueOn: string;
  /** The start of that day in Paris. */
  readonly agendaDueAt: Date;
}

const pad = (value: number) => String(value).padStart(2, "0");
const isoDate = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;

/** Days in a month (1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date moved by a number of days ("2027-03-01" minus 1 is "2027-02-28"). */
export function addDays(date: string, days: number): string {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const moved = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** ISO weekday of a day of a month. */
function weekdayOf(year: number, month: number, day: number): IsoWeekday {
  const sunday0 = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as IsoWeekday;
}

/** The date a session falls on in a month (1-12). */
export function sessionDateInMonth(year: number, month: number, day: SessionDay): string {
  const length = daysInMonth(year, month);
  if (day.kind === "dayOfMonth") return isoDate(year, month, Math.min(day.day, length));
  if (day.ordinal === "last") {
    const back = (weekdayOf(year, month, length) - day.weekday + 7) % 7;
    return isoDate(year, month, length - back);
  }
  const first = 1 + ((day.weekday - weekdayOf(year, month, 1) + 7) % 7);
  return isoDate(year, month, first + (day.ordinal - 1) * 7);
}

function checkRule(rule: CadenceRule): void {
  if (!(rule.cadence in cadenceMonths)) throw new RangeError(`Unknown cadence: ${rule.cadence}`);
  if (instantInZone("2000-01-01", rule.time) === null) {
    throw new RangeError(`Not a time: ${rule.time}`);
  }
  const { day } = rule;
  if (day.kind === "dayOfMonth" && !(Number.isInteger(day.day) && day.day >= 1 && day.day <= 31)) {
    throw new RangeError("The day of the month is 1 to 31");
  }
  if (
    day.kind === "weekday" &&
    (!Number.isInteger(day.weekday) ||
      day.weekday < 1 ||
      day.weekday > 7 ||
      !(day.ordinal === "last" || [1, 2, 3, 4].includes(day.ordinal)))
  ) {
    throw new RangeError("The weekday is 1 (Monday) to 7 and its rank 1 to 4 or last");
  }
  for (const bound of [rule.from, rule.until]) {
    if (bound !== null && parseCalendarDate(bound) === null) {
      throw new RangeError(`Not a calendar date: ${bound}`);
    }
  }
}

function planned(rule: CadenceRule, date: string): PlannedSession {
  const agendaDueOn = addDays(date, -AGENDA_LEAD_DAYS);
  return {
    date,
    startsAt: instantInZone(date, rule.time, PARIS) as Date,
    agendaDueOn,
    agendaDueAt: instantInZone(agendaDueOn, "00:00", PARIS) as Date,
  };
}

/** The most months looked at: a programme that ended yields nothing instead of looping. */
const HORIZON_MONTHS = 12 * 30;

/**
 * The next `count` sessions that start after `after`, in order; fewer (or none) when the
 * programme's end comes first. Throws a RangeError on a rule no form should let through.
 */
export function nextSessions(rule: CadenceRule, after: Date, count = 1): PlannedSession[] {
  checkRule(rule);
  const step = cadenceMonths[rule.cadence];
  const from = rule.from ? parseCalendarDate(rule.from) : null;
  const anchor = from ? from.year * 12 + (from.month - 1) : 0;
  const today = parseCalendarDate(calendarDateIn(after, PARIS));
  if (!today) return [];
  let index = Math.max(today.year * 12 + (today.month - 1), anchor);
  const sessions: PlannedSession[] = [];
  for (
    let looked = 0;
    looked < HORIZON_MONTHS && sessions.length < count;
    looked += 1, index += 1
  ) {
    if ((((index - anchor) % step) + step) % step !== 0) continue;
    const date = sessionDateInMonth(Math.floor(index / 12), (index % 12) + 1, rule.day);
    if (rule.until !== null && date > rule.until) break;
    if (rule.from !== null && date < rule.from) continue;
    const session = planned(rule, date);
    if (session.startsAt.getTime() > after.getTime()) sessions.push(session);
  }
  return sessions;
}

/**
 * What the daily preparation job should create now: the next session once its agenda day has
 * come (in Paris), unless a session already exists in its month (planned by the job or by hand;
 * `existing` holds their Paris dates). Null when there is nothing to prepare today.
 */
export function sessionToPrepare(
  rule: CadenceRule,
  now: Date,
  existing: readonly string[],
): PlannedSession | null {
  const [next] = nextSessions(rule, now, 1);
  if (!next) return null;
  if (calendarDateIn(now, PARIS) < next.agendaDueOn) return null;
  const month = next.date.slice(0, 7);
  return existing.some((date) => date.slice(0, 7) === month) ? null : next;
}

/** A programme as the preparation job reads it (its row: status and cadence are text). */
export interface CadenceProgramme {
  /** "open" | "closed": a closed programme gets no new session. */
  readonly status: string;
  readonly committeeCadence: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
}

/** True for a cadence this module plans (a value read from the database). */
export function isKnownCadence(value: string): value is CommitteeCadence {
  return Object.hasOwn(cadenceMonths, value);
}

/**
 * What the daily job prepares now for one programme: nothing for a programme that is not open or
 * whose stored cadence is unknown, else `sessionToPrepare` of its rule. `existing` holds the Paris
 * dates of the programme's sessions (any status, planned by the job or by hand).
 */
export function programmeSessionToPrepare(
  programme: CadenceProgramme,
  now: Date,
  existing: readonly string[],
): PlannedSession | null {
  if (programme.status !== "open") return null;
  const cadence = programme.committeeCadence;
  if (!isKnownCadence(cadence)) return null;
  return sessionToPrepare(
    cadenceRuleOf({
      committeeCadence: cadence,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
    }),
    now,
    existing,
  );
}

/**
 * The earliest start of a session that can share the month of the next session after `now`:
 * the first day of `now`'s month in Paris (the job reads the existing sessions from there).
 */
export function existingSessionsFrom(now: Date): Date {
  return instantInZone(`${calendarDateIn(now, PARIS).slice(0, 7)}-01`, "00:00", PARIS) as Date;
}
