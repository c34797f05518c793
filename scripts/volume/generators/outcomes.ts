/**
 * What follows the review, computed once per run from the applications' outlines (the same draws
 * as their rows, none built twice): the passages of each application before a committee session
 * (its agenda item and decision, with the granted levels of an acceptance), the supports of the
 * granted levels with their course (planned → in progress → delivered → closed, or abandoned),
 * and the structures due for a new diagnostic. The generators of those tables index into it, so
 * it is held in memory: a few small records per application that reached a committee.
 *
 * The histories were drawn before committees existed: a decision belongs to the last session
 * closed by the day the application's history moved it (accept, refuse, postpone). An earlier
 * postponement (the history's postpone, reschedule, schedule) is its own passage when it falls to
 * an earlier session; applications still scheduled wait on the next session's agenda. A month
 * with more passages than one agenda holds is split into parallel sessions (committee-calendar.ts).
 */

import type { LevelKind } from "~/features/applications";
import {
  type decisionOutcomeValues,
  grantedAmountCents,
  rateWithinBounds,
} from "~/features/committees";
import { grantsByFunder } from "~/features/supports/co-funding";
import {
  nextLevel,
  rediagnosticDue,
  rediagnosticDueOn,
} from "~/features/supports/follow-up-timing";
import { TYPICAL_DAYS } from "~/features/supports/queries.server";
import type { AbandonReason, SupportState } from "~/features/supports/support-state";
import { parisDay } from "../dates";
import type { VolumeContext } from "../generator";
import { type Rng, rowRng } from "../prng";
import {
  antennaFor,
  applicationOutline,
  type DatedStep,
  type RequestedLevel,
} from "./applications";
import {
  AGENDA_SIZE,
  type CalendarSession,
  committeeCalendar,
  parallelSession,
  sessionDecidingAt,
  sittingsFor,
} from "./committee-calendar";
import { departementOf, memberIds } from "./organizations";

const DAY = 86_400_000;

export type DecisionOutcome = (typeof decisionOutcomeValues)[number];

/** One requested level of an accepted decision (a committee_decision_levels row, its decision aside). */
export type Grant = {
  kind: string;
  granted: boolean;
  ratePercent: number | null;
  costCents: number | null;
  grantedCents: number | null;
  funderId: string | null;
};

/** An application on one session's agenda. */
export type Passage = {
  /** applicationIndex * 2 + round (0: an earlier postponement, 1: its last passage): its ids. */
  key: number;
  applicationIndex: number;
  applicationId: string;
  organizationIndex: number;
  submittedAt: Date;
  levels: readonly RequestedLevel[];
  session: CalendarSession;
  /** 1, 2, … on the session's agenda: oldest submission first. */
  position: number;
  /** When the history put it on an agenda ("schedule"). */
  scheduledAt: Date;
  /** Null: on the next session's agenda, not decided yet. */
  outcome: DecisionOutcome | null;
  /** Accepted: each requested level, granted or not. */
  grants: Grant[];
  /** Accepted beyond a funder's remaining envelope (confirmed, as the form requires). */
  overEnvelope: boolean;
};

/** The support of one granted level, and how far it went by "now". */
export type SupportCourse = {
  /** applicationIndex * LEVEL_SLOTS + the level's position in the programme: its ids. */
  key: number;
  passage: Passage & { session: CalendarSession & { closedAt: Date } };
  grant: Grant & { ratePercent: number; costCents: number; grantedCents: number };
  /** Index in context.antennas of the antenna covering the organisation (null: none). */
  antennaIndex: number | null;
  decidedAt: Date;
  status: SupportState;
  /** When it starts (or is expected to, while planned), and the typical days it lasts. */
  startsAt: Date;
  typicalDays: number;
  startedAt: Date | null;
  deliveredAt: Date | null;
  closedAt: Date | null;
  abandonedAt: Date | null;
  abandonReason: AbandonReason | null;
  /** The same decision granted the level that follows this one. */
  nextLevelGranted: boolean;
};

/** A structure whose last support closed long enough ago: invited to a new diagnostic. */
export type FollowUp = {
  organizationIndex: number;
  /** The closing of its last closed support (the invitation's key). */
  lastClosedAt: Date;
  /** When its first closed support started (T0 of the maturity gain is before it). */
  firstStartedAt: Date;
  /** When the application of that support was submitted. */
  firstSubmittedAt: Date;
  /** The day the invitation fell due (the programme's months after the closing). */
  dueOn: string;
};

export type VolumeOutcomes = {
  /** The committee sessions the tables hold: each month's, split when its agenda is long. */
  sessions: CalendarSession[];
  passages: Passage[];
  supports: SupportCourse[];
  /** Indexes in `supports` of the closed ones whose structure has members (surveyed). */
  surveyed: number[];
  followUps: FollowUp[];
};

/** Room per application for its supports' keys (one per level of the programme). */
export const LEVEL_SLOTS = 3;

const outcomeOfAction: Readonly<Record<string, DecisionOutcome>> = {
  accept: "accepted",
  refuse: "refused",
  postpone: "postponed",
};

/** How often a requested level is granted in an acceptance (one at least is). */
const grantChance: Readonly<Record<string, number>> = {
  diagnostic: 0.92,
  scoping: 0.88,
  production: 0.8,
};

const abandonWeights: readonly (readonly [AbandonReason, number])[] = [
  ["structure_withdrew", 30],
  ["structure_unreachable", 20],
  ["needs_changed", 25],
  ["consultant_unavailable", 10],
  ["other", 15],
];

const day = parisDay;

/** The committee passages an application's history went through (at most two). */
function passagesOf(
  steps: readonly DatedStep[],
  scheduled: boolean,
): { outcome: DecisionOutcome | null; at: Date | null; scheduledAt: Date }[] {
  const found: { outcome: DecisionOutcome | null; at: Date | null; scheduledAt: Date }[] = [];
  let scheduledAt: Date | null = null;
  for (const step of steps) {
    if (step.action === "schedule") scheduledAt = step.occurredAt;
    const outcome = outcomeOfAction[step.action];
    if (outcome && scheduledAt) found.push({ outcome, at: step.occurredAt, scheduledAt });
  }
  if (scheduled && scheduledAt) found.push({ outcome: null, at: null, scheduledAt });
  return found;
}

function grantsOf(context: VolumeContext, key: number, levels: readonly RequestedLevel[]): Grant[] {
  const rng = rowRng(context.plan.seed, "committee-decisions", key);
  const funders = context.envelopes
    .filter((envelope) => envelope.amountCents > 0)
    .map((envelope) => [envelope.funderId, envelope.amountCents] as const);
  const drawn = levels.map((level) => {
    const bounds = context.levels.find((l) => l.kind === level.kind);
    const granted = rng.chance(grantChance[level.kind] ?? 0.85);
    // Mostly the requested rate; sometimes another one within the level's bounds.
    const rate =
      bounds && rng.chance(0.35)
        ? rng.int(bounds.minRatePercent, bounds.maxRatePercent)
        : level.requestedRatePercent;
    // Sometimes the committee retains a lower cost than the quote (whole euros).
    const cost =
      level.kind !== "diagnostic" && rng.chance(0.2)
        ? Math.max(100, Math.round((level.totalCostCents * rng.int(70, 95)) / 10_000) * 100)
        : level.totalCostCents;
    const funderId = funders.length > 0 ? rng.weighted(funders) : null;
    return { level, bounds, granted, rate, cost, funderId };
  });
  if (!drawn.some((d) => d.granted) && drawn[0]) drawn[0].granted = true;
  return drawn.map(({ level, bounds, granted, rate, cost, funderId }) => {
    if (!granted) {
      return {
        kind: level.kind,
        granted,
        ratePercent: null,
        costCents: null,
        grantedCents: null,
        funderId: null,
      };
    }
    const ratePercent =
      bounds && !rateWithinBounds(rate, bounds) ? bounds.minRatePercent : Math.round(rate);
    return {
      kind: level.kind,
      granted,
      ratePercent,
      costCents: cost,
      grantedCents: grantedAmountCents(cost, ratePercent, bounds?.costCeilingCents ?? null),
      funderId,
    };
  });
}

/** Marks the acceptances that went beyond a funder's envelope, in the order they were decided. */
function markOverEnvelope(context: VolumeContext, passages: readonly Passage[]): void {
  const envelope = new Map(context.envelopes.map((e) => [e.funderId, e.amountCents]));
  const consumed = new Map<string, number>();
  const accepted = passages
    .filter((p) => p.outcome === "accepted")
    .sort((a, b) => a.session.index - b.session.index || a.position - b.position);
  for (const passage of accepted) {
    const byFunder = grantsByFunder(
      passage.grants.map((g) => ({ funderId: g.funderId, cents: g.grantedCents })),
      context.fundingSplit,
    );
    for (const [funderId, cents] of byFunder) {
      const total = (consumed.get(funderId) ?? 0) + cents;
      if (total > (envelope.get(funderId) ?? 0)) passage.overEnvelope = true;
      consumed.set(funderId, total);
    }
  }
}

/** A support's course from its decision: waiting, running its level's typical length, closing. */
function courseOf(
  context: VolumeContext,
  key: number,
  kind: string,
  decidedAt: Date,
): Omit<
  SupportCourse,
  "key" | "passage" | "grant" | "antennaIndex" | "decidedAt" | "nextLevelGranted"
> {
  const rng: Rng = rowRng(context.plan.seed, "supports", key);
  const typicalDays = TYPICAL_DAYS[kind as LevelKind] ?? 60;
  // Most start within weeks; some wait months on the antenna's waiting list.
  const wait = rng.chance(0.2) ? rng.int(46, 150) : rng.int(5, 45);
  const run = Math.max(7, Math.round(typicalDays * (0.7 + 0.9 * rng.next())));
  // Most close within weeks of the delivery; a few wait months for their closing meeting.
  const toClose = rng.chance(0.1) ? rng.int(60, 200) : rng.int(5, 40);
  const total = wait + run + toClose;
  const abandonAfter = rng.chance(0.07) ? rng.int(7, total - 1) : null;
  const at = (days: number) => new Date(decidedAt.getTime() + days * DAY);
  const now = context.now.getTime();
  const startsAt = at(wait);
  const abandonedAt =
    abandonAfter !== null && at(abandonAfter).getTime() <= now ? at(abandonAfter) : null;
  const reached = (days: number) =>
    at(days).getTime() <= now && (abandonAfter === null || days < abandonAfter) ? at(days) : null;
  const startedAt = reached(wait);
  const deliveredAt = reached(wait + run);
  const closedAt = reached(total);
  const status: SupportState = abandonedAt
    ? "abandoned"
    : closedAt
      ? "closed"
      : deliveredAt
        ? "delivered"
        : startedAt
          ? "in_progress"
          : "planned";
  return {
    status,
    startsAt,
    typicalDays,
    startedAt,
    deliveredAt,
    closedAt,
    abandonedAt,
    abandonReason: abandonedAt ? rng.weighted(abandonWeights) : null,
  };
}

/** The structures whose last support closed the programme's months ago, none open since. */
function followUpsOf(context: VolumeContext, supports: readonly SupportCourse[]): FollowUp[] {
  type Entry = { last: Date | null; first: Date | null; submitted: Date | null; open: number };
  const byOrganization = new Map<number, Entry>();
  for (const support of supports) {
    const organization = support.passage.organizationIndex;
    const entry = byOrganization.get(organization) ?? {
      last: null,
      first: null,
      submitted: null,
      open: 0,
    };
    if (support.status === "closed" && support.closedAt) {
      if (!entry.last || support.closedAt > entry.last) entry.last = support.closedAt;
      const started = support.startedAt ?? support.decidedAt;
      if (!entry.first || started < entry.first) {
        entry.first = started;
        entry.submitted = support.passage.submittedAt;
      }
    } else if (support.status !== "abandoned") entry.open += 1;
    byOrganization.set(organization, entry);
  }
  const today = day(context.now);
  const followUps: FollowUp[] = [];
  for (const [organizationIndex, { last, first, submitted, open }] of byOrganization) {
    if (
      !last ||
      !first ||
      !submitted ||
      memberIds(context.plan.seed, organizationIndex).length === 0
    )
      continue;
    const due = rediagnosticDue({
      lastClosedAt: day(last),
      openSupports: open,
      alreadyInvitedAt: null,
      now: today,
      months: context.rediagnosticMonths,
    });
    if (!due) continue;
    followUps.push({
      organizationIndex,
      lastClosedAt: last,
      firstStartedAt: first,
      firstSubmittedAt: submitted,
      dueOn: rediagnosticDueOn(day(last), context.rediagnosticMonths),
    });
  }
  return followUps.sort((a, b) => a.organizationIndex - b.organizationIndex);
}

function buildOutcomes(context: VolumeContext): VolumeOutcomes {
  const { seed } = context.plan;
  const calendar = committeeCalendar(context);
  const next = calendar.at(-1);
  if (!next) throw new Error("volume outcomes: no committee session");
  const passages: Passage[] = [];
  for (let index = 0; index < context.plan.applications; index++) {
    const outline = applicationOutline(context, index);
    if (!outline.submittedAt) continue;
    const found = passagesOf(outline.steps, outline.state === "scheduled");
    const sessions = found.map((f) => (f.at ? sessionDecidingAt(calendar, f.at) : next));
    found.forEach((passage, k) => {
      const session = sessions[k];
      const last = k === found.length - 1;
      // An earlier postponement in the session of the last passage: one item only.
      if (!session || (!last && sessions.at(-1)?.index === session.index)) return;
      const key = index * 2 + (last ? 1 : 0);
      passages.push({
        key,
        applicationIndex: index,
        applicationId: outline.id,
        organizationIndex: outline.organizationIndex,
        submittedAt: outline.submittedAt ?? outline.createdAt,
        levels: outline.levels,
        session,
        position: 0,
        scheduledAt: passage.scheduledAt,
        outcome: passage.outcome,
        grants: passage.outcome === "accepted" ? grantsOf(context, key, outline.levels) : [],
        overEnvelope: false,
      });
    });
  }
  // Each month's passages in the candidates' order (oldest submission first), split into
  // agendas of at most AGENDA_SIZE items: parallel sessions, numbered month after month.
  const byMonth = new Map<number, Passage[]>();
  for (const passage of passages) {
    const agenda = byMonth.get(passage.session.index) ?? [];
    agenda.push(passage);
    byMonth.set(passage.session.index, agenda);
  }
  const sessions: CalendarSession[] = [];
  for (const month of calendar) {
    const agenda = (byMonth.get(month.index) ?? []).sort(
      (a, b) =>
        a.submittedAt.getTime() - b.submittedAt.getTime() ||
        a.applicationIndex - b.applicationIndex,
    );
    for (let sitting = 0; sitting < sittingsFor(agenda.length); sitting++) {
      const session = parallelSession(seed, month, sessions.length);
      sessions.push(session);
      agenda.slice(sitting * AGENDA_SIZE, (sitting + 1) * AGENDA_SIZE).forEach((passage, k) => {
        passage.session = session;
        passage.position = k + 1;
      });
    }
  }
  markOverEnvelope(context, passages);

  const supports: SupportCourse[] = [];
  for (const passage of passages) {
    const { closedAt } = passage.session;
    if (passage.outcome !== "accepted" || !closedAt) continue;
    const granted = new Set(passage.grants.filter((g) => g.granted).map((g) => g.kind));
    const antenna = antennaFor(context, departementOf(seed, passage.organizationIndex));
    const antennaIndex = antenna ? context.antennas.findIndex((a) => a.id === antenna) : -1;
    for (const grant of passage.grants) {
      if (!grant.granted || grant.ratePercent === null || grant.costCents === null) continue;
      if (grant.grantedCents === null) continue;
      const slot = context.levels.findIndex((level) => level.kind === grant.kind);
      const key = passage.applicationIndex * LEVEL_SLOTS + Math.max(0, slot);
      const following = nextLevel(grant.kind as LevelKind);
      supports.push({
        key,
        passage: passage as SupportCourse["passage"],
        grant: grant as SupportCourse["grant"],
        antennaIndex: antennaIndex >= 0 ? antennaIndex : null,
        decidedAt: closedAt,
        nextLevelGranted: following !== null && granted.has(following),
        ...courseOf(context, key, grant.kind, closedAt),
      });
    }
  }
  const surveyed = supports.flatMap((support, k) =>
    support.status === "closed" && memberIds(seed, support.passage.organizationIndex).length > 0
      ? [k]
      : [],
  );
  return {
    sessions,
    passages,
    supports,
    surveyed,
    followUps: followUpsOf(context, supports),
  };
}

const outcomes = new WeakMap<VolumeContext, VolumeOutcomes>();

/** The run's committee passages, supports and follow-ups (computed on first use). */
export function volumeOutcomes(context: VolumeContext): VolumeOutcomes {
  let found = outcomes.get(context);
  if (!found) {
    found = buildOutcomes(context);
    outcomes.set(context, found);
  }
  return found;
}
