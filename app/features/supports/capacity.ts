// How many supports an antenna and a consultant deliver at once, and the queue of the accepted
// supports that wait for a free place. Pure, safe for the browser.
//
// Capacity: per level, the number of supports in progress at once. A level missing from
// `perLevel` (or an antenna or consultant without a capacity) is unlimited; 0 means none at once
// (the level is not delivered there). A capacity is a whole number: decimals are rounded down,
// negative or non-numbers count as 0, Infinity is unlimited. The antenna's capacity counts all its
// supports of the level; a consultant's counts theirs, in every antenna.
//
// Queues: the accepted supports beyond capacity wait in decision order (`decidedAt`, then `id` to
// break ties). A queue is one antenna and one level, and one consultant when the support has been
// assigned one; the supports of the antenna without a consultant form their own queue. A support
// may start when both its antenna and its consultant (if any) have a place for its level; one held
// back by its consultant does not hold back the supports of other consultants.
//
// Estimated start: an ESTIMATE, shown as such. The queues are played forward in time: a place frees
// on the planned end of a support in progress (without a planned end: its start plus the typical
// duration of its level), and the waiting supports that fit start that day, in decision order, and
// are taken to last the typical duration of their level (a whole number of days, 0 or more, or
// planQueue throws a RangeError, as for a malformed date). No estimate is ever before `today`: a
// support still in progress after its planned end is taken to end today (its place is still taken
// for `canStartNow`). A support that can never start (a capacity of 0) has no estimate (null).
//
// Dates are calendar days "YYYY-MM-DD" (see ./follow-up-timing for the arithmetic).
import { type LevelKind, levelKinds } from "~/features/applications";
import { addDays, daysBetween } from "./follow-up-timing";

export type Capacity = { readonly perLevel: Partial<Record<LevelKind, number>> };

/** Capacities by antenna id and, optionally, by consultant id. */
export interface Capacities {
  readonly antennas: Readonly<Record<string, Capacity>>;
  readonly consultants?: Readonly<Record<string, Capacity>>;
}

/** A support in progress (started, not yet delivered). */
export interface SupportInProgress {
  readonly antennaId: string;
  readonly consultantId: string | null;
  readonly level: LevelKind;
  /** The day it started. */
  readonly startedOn: string;
  /** The day it is planned to end, or null. */
  readonly plannedEndOn: string | null;
}

/** An accepted support waiting to start. */
export interface WaitingSupport {
  readonly id: string;
  readonly antennaId: string;
  readonly consultantId: string | null;
  readonly level: LevelKind;
  /** When the committee accepted it: an ISO 8601 instant or calendar day. */
  readonly decidedAt: string;
}

export interface QueueInput {
  readonly capacities: Capacities;
  readonly inProgress: readonly SupportInProgress[];
  /** The waiting supports, ids unique. */
  readonly waiting: readonly WaitingSupport[];
  /** Typical duration of a support, in days, per level. */
  readonly typicalDays: Readonly<Record<LevelKind, number>>;
  readonly today: string;
}

/** Where a waiting support stands. */
export interface QueuePlace {
  readonly id: string;
  /** 1-based, in its queue (antenna, level, and consultant when assigned). */
  readonly position: number;
  /** How many supports wait in its queue. */
  readonly queueLength: number;
  /** A place is free for it now, the supports decided before it served first. */
  readonly canStartNow: boolean;
  /** An estimate (see the header), never before today; null if it can never start. */
  readonly estimatedStartOn: string | null;
}

/** The capacity of a level: a whole number, or Infinity for unlimited. */
export function limitOf(capacity: Capacity | undefined, level: LevelKind): number {
  const value = capacity?.perLevel[level];
  if (value === undefined || value === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (typeof value !== "number" || !(value > 0)) return 0;
  return Math.floor(value);
}

/** Decision order: `decidedAt` (unreadable ones last), then `id`. */
export function compareDecisionOrder(
  a: Pick<WaitingSupport, "id" | "decidedAt">,
  b: Pick<WaitingSupport, "id" | "decidedAt">,
): number {
  const timeA = decisionTime(a.decidedAt);
  const timeB = decisionTime(b.decidedAt);
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

function decisionTime(decidedAt: string): number {
  const time = Date.parse(decidedAt);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** The queue a waiting support belongs to, as a key. */
export function queueKeyOf(support: Pick<WaitingSupport, "antennaId" | "level" | "consultantId">) {
  return JSON.stringify([support.antennaId, support.level, support.consultantId]);
}

const antennaKey = (antennaId: string, level: LevelKind) => JSON.stringify(["a", antennaId, level]);
const consultantKey = (consultantId: string, level: LevelKind) =>
  JSON.stringify(["c", consultantId, level]);

function capacityIn(
  table: Readonly<Record<string, Capacity>> | undefined,
  id: string,
): Capacity | undefined {
  return table && Object.hasOwn(table, id) ? table[id] : undefined;
}

type Running = { readonly end: string; readonly keys: readonly string[] };

/**
 * Each waiting support's place in its queue, whether it can start now and its estimated start,
 * in the order of `input.waiting`.
 */
export function planQueue(input: QueueInput): QueuePlace[] {
  const { capacities, today } = input;
  daysBetween(today, today); // a malformed `today` throws here
  const duration = (level: LevelKind) => {
    const days = input.typicalDays[level];
    if (!(Number.isInteger(days) && days >= 0)) {
      throw new RangeError(`Typical days of ${level} is not a whole number of days: ${days}`);
    }
    return days;
  };

  const limits = new Map<string, number>();
  const keysOf = (antennaId: string, consultantId: string | null, level: LevelKind) => {
    const keys = [antennaKey(antennaId, level)];
    limits.set(keys[0] as string, limitOf(capacityIn(capacities.antennas, antennaId), level));
    if (consultantId !== null) {
      const key = consultantKey(consultantId, level);
      keys.push(key);
      limits.set(key, limitOf(capacityIn(capacities.consultants, consultantId), level));
    }
    return keys;
  };

  // Supports taking a place, with the day their place frees.
  let running: Running[] = input.inProgress.map((support) => {
    const end = support.plannedEndOn ?? addDays(support.startedOn, duration(support.level));
    return {
      end: daysBetween(today, end) > 0 ? end : today,
      keys: keysOf(support.antennaId, support.consultantId, support.level),
    };
  });
  const counts = new Map<string, number>();
  const take = (keys: readonly string[], delta: number) => {
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + delta);
  };
  for (const support of running) take(support.keys, 1);

  const ordered = [...input.waiting].sort(compareDecisionOrder);
  const pending = ordered.map((support) => ({
    support,
    keys: keysOf(support.antennaId, support.consultantId, support.level),
  }));
  const fits = (keys: readonly string[]) =>
    keys.every((key) => (counts.get(key) ?? 0) < (limits.get(key) ?? Number.POSITIVE_INFINITY));

  const startNow = new Set<string>();
  const startOn = new Map<string, string>();
  /** Starts, in decision order, every pending support that fits on `day`; true if any did. */
  const startFitting = (day: string, now: boolean): boolean => {
    let started = false;
    for (let index = 0; index < pending.length; ) {
      const item = pending[index] as (typeof pending)[number];
      if (!fits(item.keys)) {
        index += 1;
        continue;
      }
      pending.splice(index, 1);
      take(item.keys, 1);
      running.push({ end: addDays(day, duration(item.support.level)), keys: item.keys });
      startOn.set(item.support.id, day);
      if (now) startNow.add(item.support.id);
      started = true;
    }
    return started;
  };

  startFitting(today, true);
  let day = today;
  while (pending.length > 0) {
    const ended = running.filter((support) => support.end <= day);
    running = running.filter((support) => support.end > day);
    for (const support of ended) take(support.keys, -1);
    if (startFitting(day, false)) continue;
    if (running.length === 0) break; // what is left can never start: a capacity of 0
    day = running.map((support) => support.end).sort()[0] as string;
  }

  const positions = new Map<string, { position: number; queue: string }>();
  const lengths = new Map<string, number>();
  for (const support of ordered) {
    const queue = queueKeyOf(support);
    const position = (lengths.get(queue) ?? 0) + 1;
    lengths.set(queue, position);
    positions.set(support.id, { position, queue });
  }

  return input.waiting.map((support) => {
    const place = positions.get(support.id) as { position: number; queue: string };
    return {
      id: support.id,
      position: place.position,
      queueLength: lengths.get(place.queue) ?? 0,
      canStartNow: startNow.has(support.id),
      estimatedStartOn: startOn.get(support.id) ?? null,
    };
  });
}

/** The load of one level of an antenna. */
export interface LevelLoad {
  readonly inProgress: number;
  /** null when unlimited. */
  readonly capacity: number | null;
  /** Places free now (0 when full or over capacity); null when unlimited. */
  readonly free: number | null;
  readonly waiting: number;
}

export interface AntennaLoad {
  readonly perLevel: Readonly<Record<LevelKind, LevelLoad>>;
  readonly inProgress: number;
  readonly waiting: number;
}

/**
 * The load of an antenna: per level, its supports in progress against its capacity, and the
 * supports waiting. Supports of other antennas in the lists are ignored.
 */
export function loadOf(antenna: {
  readonly antennaId: string;
  readonly capacity: Capacity | undefined;
  readonly inProgress: readonly Pick<SupportInProgress, "antennaId" | "level">[];
  readonly waiting: readonly Pick<WaitingSupport, "antennaId" | "level">[];
}): AntennaLoad {
  const mine = <T extends { readonly antennaId: string }>(list: readonly T[]) =>
    list.filter((support) => support.antennaId === antenna.antennaId);
  const inProgress = mine(antenna.inProgress);
  const waiting = mine(antenna.waiting);
  const perLevel = {} as Record<LevelKind, LevelLoad>;
  for (const level of levelKinds) {
    const limit = limitOf(antenna.capacity, level);
    const count = inProgress.filter((support) => support.level === level).length;
    const unlimited = limit === Number.POSITIVE_INFINITY;
    perLevel[level] = {
      inProgress: count,
      capacity: unlimited ? null : limit,
      free: unlimited ? null : Math.max(0, limit - count),
      waiting: waiting.filter((support) => support.level === level).length,
    };
  }
  return { perLevel, inProgress: inProgress.length, waiting: waiting.length };
}
