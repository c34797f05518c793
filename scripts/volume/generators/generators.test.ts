import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { applicationStates } from "~/features/applications";
import { grantedAmountCents, quorumOf, refusalReasons } from "~/features/committees";
import { SURVEY_VALID_DAYS } from "~/features/supports/follow-up-timing";
import {
  abandonReasons,
  canClose,
  canDeliver,
  isMilestoneKind,
  milestoneSummary,
} from "~/features/supports/support-state";
import { calendarDateIn, zonedParts } from "~/platform/format/dates";
import { validateSiren, validateSiret } from "~/platform/identifiers";
import {
  applicationEvents,
  applicationLevels,
  applicationNotes,
  applicationScores,
  committeeDecisionLevels,
  committeeDecisions,
  committeeMembers,
  diagnostics,
  feedbackAnswers,
  feedbackRequests,
  informationRequests,
  staffScopes,
  supportFundingParts,
  supportMilestones,
  supportPayments,
} from "../../../db/schema";
import type { BuiltRow, VolumeContext } from "../generator";
import { Rng } from "../prng";
import { pathTo, stateWeights } from "./application-path";
import { applicationOutline, applicationsGenerator } from "./applications";
import { AGENDA_SIZE, committeeCalendar, parallelSession, sittingsFor } from "./committee-calendar";
import { committeeItemsGenerator, committeeSessionsGenerator } from "./committees";
import { feedbackGenerator } from "./feedback";
import { departementOf, memberIds, organizationId, organizationsGenerator } from "./organizations";
import { volumeOutcomes } from "./outcomes";
import { rediagnosticsGenerator } from "./rediagnostics";
import {
  committeeMemberId,
  instructorId,
  staffGenerator,
  VOLUME_COMMITTEE_MEMBERS,
  VOLUME_INSTRUCTORS,
} from "./staff";
import { supportsGenerator } from "./supports";

const context: VolumeContext = {
  plan: { organizations: 300, applications: 2000, seed: 42 },
  programId: "00000000-0000-4000-8000-000000000001",
  levels: [
    {
      kind: "diagnostic",
      label: "Diagnostic numérique",
      minRatePercent: 100,
      maxRatePercent: 100,
      costCeilingCents: null,
    },
    {
      kind: "scoping",
      label: "Cadrage",
      minRatePercent: 55,
      maxRatePercent: 75,
      costCeilingCents: 3_000_000,
    },
    {
      kind: "production",
      label: "Production",
      minRatePercent: 25,
      maxRatePercent: 50,
      costCeilingCents: null,
    },
  ],
  antennas: [
    { id: "00000000-0000-4000-8000-0000000000a1", city: "Marseille", departements: ["13", "83"] },
    { id: "00000000-0000-4000-8000-0000000000a2", city: "Paris", departements: ["75", "93"] },
  ],
  criteria: ["priority_axes", "digital_need", "expected_impact", "capacity", "budget"],
  envelopes: [
    { funderId: "00000000-0000-4000-8000-0000000000f1", amountCents: 120_000_000 },
    { funderId: "00000000-0000-4000-8000-0000000000f2", amountCents: 30_000_000 },
  ],
  fundingSplit: null,
  rediagnosticMonths: 6,
  passwordHash: "hash",
  now: new Date("2026-11-30T12:00:00Z"),
};

const organizations = Array.from({ length: 300 }, (_, i) =>
  organizationsGenerator.build(context, i),
);
const applications = Array.from({ length: 2000 }, (_, i) =>
  applicationsGenerator.build(context, i),
);

/** The dependent rows of `table` in a built row. */
function rowsOf(built: BuiltRow, table: PgTable): readonly Record<string, unknown>[] {
  return built.dependents.find((d) => d.table === table)?.rows ?? [];
}

const pastReview = ["ready_for_committee", "scheduled", "accepted", "refused", "postponed"];

describe("volume generators", () => {
  it("builds identical rows on every run", () => {
    expect(organizationsGenerator.build(context, 17)).toEqual(organizations[17]);
    expect(applicationsGenerator.build(context, 17)).toEqual(applications[17]);
  });

  it("gives every organisation a valid, distinct SIREN and SIRET", () => {
    const sirens = organizations.map((o) => String(o.row.siren));
    expect(new Set(sirens).size).toBe(sirens.length);
    for (const { row } of organizations) {
      expect(validateSiren(String(row.siren)).ok).toBe(true);
      expect(validateSiret(String(row.siret)).ok).toBe(true);
    }
  });

  it("writes postcodes of the organisation's département", () => {
    for (const { row } of organizations) {
      const code = String(row.departement);
      const prefix = code === "2A" || code === "2B" ? "20" : code;
      expect(String(row.postcode).startsWith(prefix)).toBe(true);
    }
  });

  it("fills every state of the state machine", () => {
    const states = new Set(applications.map((a) => a.row.status));
    expect([...states].sort()).toEqual([...applicationStates].sort());
    expect(stateWeights.map(([state]) => state).sort()).toEqual([...applicationStates].sort());
  });

  it("writes histories the state machine allows, ending in the application's state", () => {
    for (const state of applicationStates) {
      for (let seed = 0; seed < 20; seed++) {
        const path = pathTo(state, new Rng(seed));
        expect(path.at(-1)?.to ?? "draft").toBe(state);
      }
    }
  });

  it("keeps amounts in cents within the programme's bounds", () => {
    for (const { dependents } of applications) {
      for (const level of dependents[0]?.rows ?? []) {
        const bounds = context.levels.find((l) => l.kind === level.kind);
        const rate = Number(level.requestedRatePercent);
        expect(rate).toBeGreaterThanOrEqual(bounds?.minRatePercent ?? 0);
        expect(rate).toBeLessThanOrEqual(bounds?.maxRatePercent ?? 100);
        expect(Number.isSafeInteger(level.totalCostCents)).toBe(true);
        expect(Number(level.programmeShareCents) + Number(level.remainingCents)).toBe(
          level.totalCostCents,
        );
      }
    }
  });

  it("draws the organisation's département the same way as its row", () => {
    organizations.forEach((o, i) => {
      expect(departementOf(42, i)).toBe(o.row.departement);
    });
  });

  it("routes submitted applications to the antenna covering the organisation, drafts nowhere", () => {
    let routed = 0;
    for (const a of applications) {
      const { row } = a;
      if (row.submittedAt === null) {
        expect(row.antennaId).toBeNull();
        continue;
      }
      const index = organizations.findIndex((o) => o.row.id === row.organizationId);
      const departement = String(organizations[index]?.row.departement);
      const antenna = context.antennas.find((x) => x.departements.includes(departement));
      expect(row.antennaId).toBe(antenna?.id ?? null);
      if (row.antennaId) routed++;
    }
    expect(routed).toBeGreaterThan(0);
  });

  it("dates the state of each application at its last event", () => {
    for (const a of applications) {
      const events = rowsOf(a, applicationEvents);
      const last = events.at(-1);
      expect(a.row.statusChangedAt).toEqual(last?.occurredAt);
      expect(last?.toStatus).toBe(a.row.status);
    }
  });

  it("assigns most reviewed applications to a volume instructor, and no other", () => {
    const instructors = new Set(
      Array.from({ length: VOLUME_INSTRUCTORS }, (_, k) => instructorId(42, k)),
    );
    let reviewed = 0;
    let assigned = 0;
    for (const a of applications) {
      const wasReviewed = rowsOf(a, applicationEvents).some((e) => e.action === "start_review");
      if (!wasReviewed) {
        expect(a.row.assignedTo).toBeNull();
        continue;
      }
      reviewed++;
      if (a.row.assignedTo !== null) {
        assigned++;
        expect(instructors.has(String(a.row.assignedTo))).toBe(true);
      }
    }
    expect(assigned / reviewed).toBeGreaterThan(0.75);
  });

  it("scores those past review on every criterion (1-5), with a committee summary", () => {
    for (const a of applications) {
      const scores = rowsOf(a, applicationScores);
      const marked = rowsOf(a, applicationEvents).some((e) => e.action === "mark_ready");
      if (pastReview.includes(String(a.row.status))) expect(marked).toBe(true);
      if (!marked) {
        expect(scores).toEqual([]);
        expect(a.row.committeeSummary).toBeNull();
        continue;
      }
      expect(scores.map((s) => s.criterionId)).toEqual(context.criteria);
      for (const s of scores) {
        expect(Number(s.score)).toBeGreaterThanOrEqual(1);
        expect(Number(s.score)).toBeLessThanOrEqual(5);
      }
      expect(a.row.committeeSummary).toBeTruthy();
    }
  });

  it("keeps one open information request exactly on the applications waiting for an answer", () => {
    for (const a of applications) {
      const requests = rowsOf(a, informationRequests);
      const asked = rowsOf(a, applicationEvents).filter((e) => e.action === "request_information");
      expect(requests).toHaveLength(asked.length);
      const open = requests.filter((r) => r.answeredAt === null);
      expect(open).toHaveLength(a.row.status === "information_requested" ? 1 : 0);
    }
  });

  it("writes a few notes, on reviewed applications only", () => {
    const withNotes = applications.filter((a) => rowsOf(a, applicationNotes).length > 0);
    expect(withNotes.length).toBeGreaterThan(0);
    expect(
      withNotes.every((a) => rowsOf(a, applicationEvents).some((e) => e.action === "start_review")),
    ).toBe(true);
  });

  it("builds instructors and one manager per antenna, with their scope", () => {
    const staff = Array.from({ length: staffGenerator.count(context) }, (_, i) =>
      staffGenerator.build(context, i),
    );
    expect(staffGenerator.build(context, 3)).toEqual(staff[3]);
    expect(staff.filter((s) => s.row.role === "instructor")).toHaveLength(VOLUME_INSTRUCTORS);
    expect(staff.filter((s) => s.row.role === "committee_member")).toHaveLength(
      VOLUME_COMMITTEE_MEMBERS,
    );
    const scopes = staff.flatMap((s) => rowsOf(s, staffScopes));
    expect(scopes.map((s) => s.antennaId)).toEqual(context.antennas.map((a) => a.id));
  });
});

/** Every row of a generator for the test's context. */
function buildAll(generator: {
  count(context: VolumeContext): number;
  build(context: VolumeContext, index: number): BuiltRow;
}): BuiltRow[] {
  return Array.from({ length: generator.count(context) }, (_, i) => generator.build(context, i));
}

const DAY = 86_400_000;
const time = (value: unknown) => (value instanceof Date ? value.getTime() : Number.NaN);
const sessions = buildAll(committeeSessionsGenerator);
const items = buildAll(committeeItemsGenerator);
const supports = buildAll(supportsGenerator);
const feedback = buildAll(feedbackGenerator);
const rediagnostics = buildAll(rediagnosticsGenerator);

describe("volume generators after the review", () => {
  it("builds identical rows on every run", () => {
    expect(committeeSessionsGenerator.build(context, 5)).toEqual(sessions[5]);
    expect(committeeItemsGenerator.build(context, 17)).toEqual(items[17]);
    expect(supportsGenerator.build(context, 17)).toEqual(supports[17]);
    expect(feedbackGenerator.build(context, 7)).toEqual(feedback[7]);
    expect(rediagnosticsGenerator.build(context, 3)).toEqual(rediagnostics[3]);
  });

  it("holds sessions every month, the second Thursday at 14:00 in Paris, closed once held", () => {
    const months = [
      ...new Set(sessions.map((s) => calendarDateIn(s.row.startsAt as Date).slice(0, 7))),
    ];
    const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5));
    months.forEach((month, k) => {
      if (k > 0) expect(monthIndex(month) - monthIndex(months[k - 1] ?? "")).toBe(1);
    });
    const lastStart = time(sessions.at(-1)?.row.startsAt);
    for (const { row } of sessions) {
      const { date, time: clock } = zonedParts(row.startsAt as Date);
      expect(clock).toBe("14:00");
      expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(4);
      expect(Number(date.slice(8))).toBeGreaterThanOrEqual(8);
      expect(Number(date.slice(8))).toBeLessThanOrEqual(14);
      const next = time(row.startsAt) === lastStart;
      expect(row.status).toBe(next ? "planned" : "closed");
      if (!next) expect(time(row.closedAt)).toBeLessThanOrEqual(context.now.getTime());
    }
    expect(lastStart).toBeGreaterThan(context.now.getTime());
    const held = sessions.filter((s) => time(s.row.startsAt) < lastStart);
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((s) => time(s.row.startsAt) < context.now.getTime())).toBe(true);
  });

  it("splits a long month into parallel sessions of at most one agenda each", () => {
    expect([0, 1, AGENDA_SIZE].map(sittingsFor)).toEqual([1, 1, 1]);
    expect([AGENDA_SIZE + 1, 3 * AGENDA_SIZE, 3 * AGENDA_SIZE + 1].map(sittingsFor)).toEqual([
      2, 3, 4,
    ]);
    const perSession = new Map<string, number>();
    for (const item of items) {
      const id = String(item.row.sessionId);
      perSession.set(id, (perSession.get(id) ?? 0) + 1);
    }
    expect(Math.max(...perSession.values())).toBeLessThanOrEqual(AGENDA_SIZE);
    // At ten times the volume, months split: no agenda beyond AGENDA_SIZE, none lost.
    const large = {
      ...context,
      plan: { ...context.plan, organizations: 3000, applications: 20000 },
    };
    const outcomes = volumeOutcomes(large);
    expect(outcomes.sessions.length).toBeGreaterThan(committeeCalendar(large).length);
    const sizes = new Map<string, number>();
    for (const passage of outcomes.passages) {
      sizes.set(passage.session.id, (sizes.get(passage.session.id) ?? 0) + 1);
      expect(outcomes.sessions[passage.session.index]).toBe(passage.session);
    }
    expect(Math.max(...sizes.values())).toBe(AGENDA_SIZE);
    expect(new Set(outcomes.sessions.map((session) => session.id)).size).toBe(
      outcomes.sessions.length,
    );
    const month = volumeOutcomes(context).sessions[0];
    const parallel = month && parallelSession(42, month, 999);
    expect(parallel).toMatchObject({
      index: 999,
      startsAt: month?.startsAt,
      preparedAt: month?.preparedAt,
      closedAt: month?.closedAt,
      status: month?.status,
    });
    expect(parallel?.id).not.toBe(month?.id);
  });

  it("seats committee members of both sides, with a quorum present at the held sessions", () => {
    const members = new Set(
      Array.from({ length: VOLUME_COMMITTEE_MEMBERS }, (_, k) => committeeMemberId(42, k)),
    );
    for (const session of sessions) {
      const seats = rowsOf(session, committeeMembers);
      expect(seats.every((m) => members.has(String(m.userId)))).toBe(true);
      const quorum = quorumOf(
        seats.map((m) => ({
          side: m.side as "funder" | "operator",
          present: Boolean(m.present),
          conflicted: false,
        })),
        { minFunderPresent: 1, minOperatorPresent: 1 },
      );
      expect(quorum.met).toBe(session.row.status === "closed");
      if (session.row.closedBy) {
        const chair = seats.find((m) => m.userId === session.row.closedBy);
        expect(chair).toMatchObject({ side: "operator", present: true });
      }
    }
  });

  it("puts every application that went to a committee on an agenda, decided as its history says", () => {
    const outcomes = volumeOutcomes(context);
    const sessionOf = new Map(sessions.map((s) => [String(s.row.id), s.row]));
    const lastItem = new Map<string, BuiltRow>();
    for (const item of items) {
      const session = sessionOf.get(String(item.row.sessionId));
      const previous = lastItem.get(String(item.row.applicationId));
      const previousSession = sessionOf.get(String(previous?.row.sessionId));
      if (!previousSession || time(previousSession.startsAt) < time(session?.startsAt)) {
        lastItem.set(String(item.row.applicationId), item);
      }
      expect(time(item.row.addedAt)).toBeLessThan(time(session?.startsAt));
    }
    for (const application of applications) {
      const state = String(application.row.status);
      const item = lastItem.get(String(application.row.id));
      if (!["accepted", "refused", "postponed", "scheduled"].includes(state)) {
        expect(item).toBeUndefined();
        continue;
      }
      const [decision] = item ? rowsOf(item, committeeDecisions) : [];
      if (state === "scheduled") {
        expect(sessionOf.get(String(item?.row.sessionId))?.status).toBe("planned");
        expect(decision).toBeUndefined();
        continue;
      }
      expect(decision).toMatchObject({ revision: 0, outcome: state });
      const session = sessionOf.get(String(item?.row.sessionId));
      expect(decision?.finalAt).toEqual(session?.closedAt);
      expect(time(decision?.decidedAt)).toBeGreaterThanOrEqual(time(session?.startsAt));
      expect(time(decision?.decidedAt)).toBeLessThanOrEqual(time(session?.closedAt));
    }
    expect(outcomes.passages).toHaveLength(items.length);
    // One position per item on each agenda, from 1.
    const positions = new Map<string, number[]>();
    for (const item of items) {
      const list = positions.get(String(item.row.sessionId)) ?? [];
      list.push(Number(item.row.position));
      positions.set(String(item.row.sessionId), list);
    }
    for (const list of positions.values()) {
      expect(list.sort((a, b) => a - b)).toEqual(list.map((_, k) => k + 1));
    }
  });

  it("grants levels within their bounds, at cost × rate half up, paid by a programme funder", () => {
    const funders = new Set(context.envelopes.map((e) => e.funderId));
    let granted = 0;
    for (const item of items) {
      const [decision] = rowsOf(item, committeeDecisions);
      const levels = rowsOf(item, committeeDecisionLevels);
      if (decision?.outcome === "refused") {
        expect(refusalReasons).toContain(decision.refusalReason);
        expect(decision.applicantMessage).toBeTruthy();
      }
      if (decision?.outcome === "postponed") expect(decision.missing).toBeTruthy();
      if (decision?.outcome !== "accepted") {
        expect(levels).toEqual([]);
        continue;
      }
      const requested = (item.row.requestedLevels as { kind: string }[]).map((l) => l.kind);
      expect(levels.map((l) => l.kind)).toEqual(requested);
      expect(levels.some((l) => l.granted)).toBe(true);
      for (const level of levels.filter((l) => l.granted)) {
        granted++;
        const bounds = context.levels.find((l) => l.kind === level.kind);
        const rate = Number(level.ratePercent);
        expect(rate).toBeGreaterThanOrEqual(bounds?.minRatePercent ?? 0);
        expect(rate).toBeLessThanOrEqual(bounds?.maxRatePercent ?? 100);
        expect(level.grantedCents).toBe(
          grantedAmountCents(Number(level.costCents), rate, bounds?.costCeilingCents ?? null),
        );
        expect(funders.has(String(level.funderId))).toBe(true);
      }
    }
    expect(granted).toBe(supports.length);
  });

  it("runs each support in order, its state matching its dates and milestones", () => {
    const states = new Set<unknown>();
    for (const support of supports) {
      const { row } = support;
      states.add(row.status);
      const [decided, started, delivered, closed, abandoned] = [
        row.decidedAt,
        row.startedAt,
        row.deliveredAt,
        row.closedAt,
        row.abandonedAt,
      ].map((value) => (value === null ? null : time(value)));
      const now = context.now.getTime();
      expect(decided).not.toBeNull();
      if (started !== null) expect(started).toBeGreaterThanOrEqual(Number(decided));
      if (delivered !== null) expect(delivered).toBeGreaterThanOrEqual(Number(started));
      if (closed !== null) expect(closed).toBeGreaterThanOrEqual(Number(delivered));
      for (const at of [started, delivered, closed, abandoned]) {
        if (at !== null) expect(at).toBeLessThanOrEqual(now);
      }
      const milestones = rowsOf(support, supportMilestones);
      expect(milestones.every((m) => isMilestoneKind(m.kind))).toBe(true);
      const summary = milestoneSummary(
        milestones.map((m) => ({
          kind: m.kind as "kickoff",
          done: true,
          files: m.storageKey ? 1 : 0,
        })),
      );
      switch (row.status) {
        case "planned":
          expect([started, delivered, closed, abandoned]).toEqual([null, null, null, null]);
          break;
        case "in_progress":
          expect(started).not.toBeNull();
          expect([delivered, closed, abandoned]).toEqual([null, null, null]);
          break;
        case "delivered":
          expect([closed, abandoned]).toEqual([null, null]);
          expect(canDeliver(summary)).toBe(true);
          break;
        case "closed":
          expect(abandoned).toBeNull();
          expect(canDeliver(summary) && canClose(summary)).toBe(true);
          break;
        case "abandoned":
          expect(abandonReasons).toContain(row.abandonReason);
          expect(closed).toBeNull();
          expect(Number(abandoned)).toBeGreaterThanOrEqual(
            Math.max(...[decided, started, delivered].map(Number).filter(Number.isFinite)),
          );
          break;
        default:
          throw new Error(`unknown support status ${String(row.status)}`);
      }
      for (const m of milestones) {
        if (m.kind === "deliverable") {
          expect(m).toMatchObject({ mimeType: "application/pdf" });
          expect(String(m.storageKey)).toMatch(/^volume\//);
        }
      }
    }
    expect([...states].sort()).toEqual(
      ["abandoned", "closed", "delivered", "in_progress", "planned"].sort(),
    );
  });

  it("splits each share across its funders to the cent, never paying beyond what is invoiced", () => {
    let invoiced = 0;
    for (const support of supports) {
      const parts = rowsOf(support, supportFundingParts);
      const payments = rowsOf(support, supportPayments);
      expect(parts.reduce((sum, p) => sum + Number(p.committedCents), 0)).toBe(
        support.row.shareCents,
      );
      for (const part of parts) {
        const mine = payments.filter((p) => p.partId === part.id);
        const sum = (kind: string) =>
          mine.filter((p) => p.kind === kind).reduce((total, p) => total + Number(p.cents), 0);
        expect(sum("invoiced")).toBe(part.invoicedCents);
        expect(sum("paid")).toBe(part.paidCents);
        expect(Number(part.paidCents)).toBeLessThanOrEqual(Number(part.invoicedCents));
        expect(Number(part.invoicedCents)).toBeLessThanOrEqual(Number(part.committedCents));
        if (Number(part.invoicedCents) > 0) invoiced++;
      }
      if (support.row.status === "planned") expect(payments).toEqual([]);
    }
    expect(invoiced).toBeGreaterThan(0);
  });

  it("surveys the members of each closed support; some of them answer, once", () => {
    const closed = supports.filter((s) => s.row.status === "closed");
    const surveyed = new Set(feedback.map((f) => String(f.row.supportId)));
    let answered = 0;
    for (const support of closed) {
      const organizationIndex = organizations.findIndex(
        (o) => o.row.id === support.row.organizationId,
      );
      const members = memberIds(42, organizationIndex);
      expect(surveyed.has(String(support.row.id))).toBe(members.length > 0);
    }
    for (const survey of feedback) {
      const requests = [survey.row, ...rowsOf(survey, feedbackRequests)];
      const answers = rowsOf(survey, feedbackAnswers);
      expect(answers.length).toBeLessThanOrEqual(1);
      const support = supports.find((s) => s.row.id === survey.row.supportId)?.row;
      expect(support?.status).toBe("closed");
      for (const request of requests) expect(request.sentAt).toEqual(support?.closedAt);
      const [answer] = answers;
      if (!answer) continue;
      answered++;
      expect(requests.map((r) => r.userId)).toContain(answer.userId);
      expect(time(answer.answeredAt)).toBeGreaterThan(time(support?.closedAt));
      expect(time(answer.answeredAt) - time(support?.closedAt)).toBeLessThan(
        SURVEY_VALID_DAYS * DAY,
      );
      for (const key of ["satisfaction", "consultantQuality", "fit"]) {
        expect(Number(answer[key])).toBeGreaterThanOrEqual(1);
        expect(Number(answer[key])).toBeLessThanOrEqual(5);
      }
    }
    expect(answered / feedback.length).toBeGreaterThan(0.45);
    expect(answered / feedback.length).toBeLessThan(0.75);
  });

  it("retakes the diagnostic after the last support closed, for about half of those invited", () => {
    const outcomes = volumeOutcomes(context);
    expect(rediagnostics.length).toBeGreaterThan(0);
    let retaken = 0;
    for (const [k, invitation] of rediagnostics.entries()) {
      const followUp = outcomes.followUps[k];
      expect(invitation.row.organizationId).toBe(
        organizationId(42, Number(followUp?.organizationIndex)),
      );
      const closings = supports
        .filter((s) => s.row.organizationId === invitation.row.organizationId)
        .map((s) => s.row);
      expect(
        closings.some((s) => ["planned", "in_progress", "delivered"].includes(String(s.status))),
      ).toBe(false);
      const lastClosed = Math.max(...closings.map((s) => time(s.closedAt)).filter(Number.isFinite));
      expect(time(invitation.row.lastClosedAt)).toBe(lastClosed);
      expect(time(invitation.row.sentAt) - lastClosed).toBeGreaterThanOrEqual(180 * DAY);
      const taken = rowsOf(invitation, diagnostics);
      const after = taken.filter((d) => time(d.completedAt) > lastClosed);
      if (after.length > 0) retaken++;
      for (const diagnostic of taken) {
        expect(diagnostic).toMatchObject({
          status: "completed",
          organizationId: invitation.row.organizationId,
        });
        expect(time(diagnostic.completedAt)).toBeLessThanOrEqual(context.now.getTime());
      }
      // A diagnostic before the supports is before the first one started.
      const firstStart = Math.min(
        ...closings.map((s) => time(s.startedAt)).filter(Number.isFinite),
      );
      for (const diagnostic of taken.filter((d) => time(d.completedAt) <= lastClosed)) {
        expect(time(diagnostic.completedAt)).toBeLessThan(firstStart);
      }
    }
    expect(retaken / rediagnostics.length).toBeGreaterThan(0.3);
    expect(retaken / rediagnostics.length).toBeLessThan(0.7);
  });

  it("reads each application's outline exactly as its row draws it", () => {
    applications.forEach((application, i) => {
      const outline = applicationOutline(context, i);
      expect(outline.id).toBe(application.row.id);
      expect(outline.state).toBe(application.row.status);
      expect(outline.submittedAt).toEqual(application.row.submittedAt);
      expect(outline.steps.map((step) => step.occurredAt)).toEqual(
        rowsOf(application, applicationEvents)
          .slice(1)
          .map((event) => event.occurredAt),
      );
      expect(
        outline.levels.map((level) => ({ applicationId: outline.id, ...level, quotesNote: null })),
      ).toEqual(rowsOf(application, applicationLevels));
    });
  });
});
