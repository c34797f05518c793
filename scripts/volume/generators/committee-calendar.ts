/**
 * The committee calendar of the volume: one Digit'ESS session a month at the programme's default
 * cadence (the second Thursday at 14:00, Paris: features/committees/cadence.ts), from the month
 * before the oldest application can reach a committee to the first session after the volume's
 * "now". A session held before "now" is closed two hours and a half after it starts; the next one
 * is prepared (ten days before, as the `prepare-committee-sessions` job does) and waits. Each
 * session seats some of the volume's committee members (staff.ts), a quorum of them present.
 * Pure and computed once per run: a month's session is reached by its index, a decision by its
 * date. A month with more agenda items than one meeting takes is split into parallel sessions
 * (`AGENDA_SIZE`, `parallelSession`: outcomes.ts numbers the sessions the tables hold).
 */

import type { MemberSide, SessionState } from "~/features/committees";
import {
  AGENDA_LEAD_DAYS,
  DEFAULT_SESSION_DAY,
  DEFAULT_SESSION_TIME,
  sessionDateInMonth,
} from "~/features/committees/cadence";
import { calendarDateIn, instantInZone, PARIS } from "~/platform/format/dates";
import type { VolumeContext } from "../generator";
import { rowRng, stableUuid } from "../prng";
import { OLDEST_APPLICATION_DAYS } from "./applications";
import { committeeMemberId, committeeSideOf, VOLUME_COMMITTEE_MEMBERS } from "./staff";

const DAY = 86_400_000;
/** How long a meeting lasts, from its start to its closing. */
const MEETING_MS = 150 * 60_000;

export type SessionSeat = { userId: string; side: MemberSide; present: boolean };

export type CalendarSession = {
  index: number;
  id: string;
  /** Its calendar date in Paris. */
  date: string;
  startsAt: Date;
  /** When the preparation job created it: 06:00 (Paris) on its agenda day. */
  preparedAt: Date;
  status: SessionState;
  /** Null until it closes. */
  closedAt: Date | null;
  seats: SessionSeat[];
  /** The operator-side member present who records the decisions and closes the session. */
  chairId: string;
};

function monthIndexOf(instant: Date): number {
  const date = calendarDateIn(instant, PARIS);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function instant(date: string, time: string): Date {
  const at = instantInZone(date, time, PARIS);
  if (!at) throw new Error(`volume calendar: no instant for ${date} ${time}`);
  return at;
}

function seatsOf(seed: number, index: number, held: boolean): SessionSeat[] {
  const rng = rowRng(seed, "committee-sessions", index);
  const members = Array.from({ length: VOLUME_COMMITTEE_MEMBERS }, (_, k) => k);
  const funders = rng.subset(
    members.filter((k) => committeeSideOf(k) === "funder"),
    0.75,
    1,
  );
  const operators = rng.subset(
    members.filter((k) => committeeSideOf(k) === "operator"),
    0.75,
    2,
  );
  const seats = [...funders, ...operators]
    .sort((a, b) => a - b)
    .map((k) => ({
      userId: committeeMemberId(seed, k),
      side: committeeSideOf(k),
      present: held && rng.chance(0.85),
    }));
  // A held session met its quorum (one of each side at least, the programme's default).
  if (held) {
    for (const side of ["funder", "operator"] as const) {
      const first = seats.find((seat) => seat.side === side);
      if (first && !seats.some((seat) => seat.side === side && seat.present)) first.present = true;
    }
  }
  return seats;
}

function buildCalendar(context: VolumeContext): CalendarSession[] {
  const { seed } = context.plan;
  const now = context.now.getTime();
  // The month before the oldest application: its first decisions may precede that month's session.
  const first = monthIndexOf(new Date(now - OLDEST_APPLICATION_DAYS * DAY)) - 1;
  const sessions: CalendarSession[] = [];
  for (let month = first; sessions.at(-1)?.status !== "planned"; month++) {
    if (month - first > 12 * 40) throw new Error("volume calendar: no session after now");
    const date = sessionDateInMonth(Math.floor(month / 12), (month % 12) + 1, DEFAULT_SESSION_DAY);
    const startsAt = instant(date, DEFAULT_SESSION_TIME);
    const agendaDay = calendarDateIn(new Date(startsAt.getTime() - AGENDA_LEAD_DAYS * DAY), PARIS);
    const preparedAt = new Date(Math.min(now, instant(agendaDay, "06:00").getTime()));
    const end = startsAt.getTime() + MEETING_MS;
    const status: SessionState =
      end <= now ? "closed" : startsAt.getTime() <= now ? "in_session" : "planned";
    sessions.push(
      seated(seed, sessions.length, {
        date,
        startsAt,
        preparedAt,
        status,
        closedAt: status === "closed" ? new Date(end) : null,
      }),
    );
  }
  return sessions;
}

type SessionTimes = Pick<
  CalendarSession,
  "date" | "startsAt" | "preparedAt" | "status" | "closedAt"
>;

/** Session `index` at those times: its id, its seats and its chair. */
function seated(seed: number, index: number, times: SessionTimes): CalendarSession {
  const seats = seatsOf(seed, index, times.status !== "planned");
  const chair =
    seats.find((seat) => seat.side === "operator" && seat.present) ??
    seats.find((seat) => seat.side === "operator");
  return {
    index,
    id: stableUuid(seed, "committee-sessions", index),
    ...times,
    seats,
    chairId: chair?.userId ?? committeeMemberId(seed, VOLUME_COMMITTEE_MEMBERS - 1),
  };
}

/**
 * The most items one session's agenda holds: a meeting of two hours and a half gives each
 * application a few minutes. A month with more passages holds parallel sessions at the same
 * time (as the regional juries of a national programme do), each with its own members.
 */
export const AGENDA_SIZE = 60;

/** How many sessions a month of `passages` agenda items holds (one at least). */
export function sittingsFor(passages: number): number {
  return Math.max(1, Math.ceil(passages / AGENDA_SIZE));
}

/** A session held at the same times as the month's session `month`, numbered `index`. */
export function parallelSession(seed: number, month: CalendarSession, index: number) {
  const { date, startsAt, preparedAt, status, closedAt } = month;
  return seated(seed, index, { date, startsAt, preparedAt, status, closedAt });
}

const calendars = new WeakMap<VolumeContext, CalendarSession[]>();

/** The run's sessions, oldest first; the last one is the next to meet (planned). */
export function committeeCalendar(context: VolumeContext): CalendarSession[] {
  let calendar = calendars.get(context);
  if (!calendar) {
    calendar = buildCalendar(context);
    calendars.set(context, calendar);
  }
  return calendar;
}

/**
 * The session that decided on something at `at`: the last one closed by then (the first one for
 * a date before it: the volume's oldest decisions).
 */
export function sessionDecidingAt(calendar: readonly CalendarSession[], at: Date): CalendarSession {
  let found = calendar[0];
  for (const session of calendar) {
    if (session.closedAt === null || session.closedAt.getTime() > at.getTime()) break;
    found = session;
  }
  if (!found) throw new Error("volume calendar: no session");
  return found;
}
