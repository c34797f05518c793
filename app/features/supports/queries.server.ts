// Reads of the supports: the staff scope (every read repeats it in its `where`), the list with
// the waiting list's places, one support with its milestones and money, the antennas' load, the
// envelopes' consumption, and what a structure sees of its own supports.
import { and, asc, desc, eq, inArray, isNotNull, ne, type SQL, sql } from "drizzle-orm";
import { type LevelKind, levelKinds } from "~/features/applications";
import type { Role } from "~/features/auth";
import { staffReachOf } from "~/features/organizations";
import type { Executor } from "~/platform/db/types";
import { dateTimeFormat } from "~/platform/format/intl";
import {
  antennas,
  applications,
  feedbackAnswers,
  funders,
  fundingEnvelopes,
  organizations,
  programs,
  staffScopes,
  supportCapacities,
  supportFundingParts,
  supportMilestones,
  supportPayments,
  supports,
  user,
} from "../../../db/schema";
import { type Capacity, loadOf, planQueue, type QueuePlace } from "./capacity";
import { envelopeConsumption } from "./co-funding";
import { committedSum } from "./envelope-commitments.server";
import type { FeedbackAnswerView } from "./feedback-view";
import { isSupportState, type Milestone, type SupportState } from "./support-state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isSupportId = (value: unknown): value is string =>
  typeof value === "string" && UUID.test(value);

/** Typical length of each level, for the waiting list's estimated start (an estimate). */
export const TYPICAL_DAYS: Record<LevelKind, number> = {
  diagnostic: 30,
  scoping: 60,
  production: 120,
};

export const isLevelKind = (value: unknown): value is LevelKind =>
  typeof value === "string" && (levelKinds as readonly string[]).includes(value);

type Staff = { id: string; role: Role };

/** The antennas of an antenna manager (their staff scopes). */
function antennasOf(db: Executor, staffId: string) {
  return db
    .select({ antennaId: sql<string>`${staffScopes.antennaId}` })
    .from(staffScopes)
    .where(and(eq(staffScopes.userId, staffId), isNotNull(staffScopes.antennaId)));
}

/** The antennas an antenna manager runs; null for the programme team (every antenna). */
export async function staffAntennaIds(db: Executor, staff: Staff): Promise<string[] | null> {
  const reach = staffReachOf(staff.role);
  if (reach === "all") return null;
  if (reach === "none") return [];
  return (await antennasOf(db, staff.id)).map((row) => row.antennaId);
}

/**
 * The supports a staff user reaches: all of them for the programme team (instructors,
 * administrators), those of their antennas for antenna managers, none for anyone else.
 */
export function supportScope(db: Executor, staff: Staff): SQL {
  const reach = staffReachOf(staff.role);
  if (reach === "none") return sql`false`;
  if (reach === "all") return sql`true`;
  return inArray(supports.antennaId, antennasOf(db, staff.id));
}

const stateOf = (status: string): SupportState => (isSupportState(status) ? status : "planned");
const dayOf = (value: Date | string | null): string | null =>
  value === null
    ? null
    : typeof value === "string"
      ? value.slice(0, 10)
      : value.toISOString().slice(0, 10);

/** Today in Paris, as a calendar day (the programme's reference). */
export function todayInParis(now = new Date()): string {
  return dateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
}

function capacityOf(value: unknown): Capacity {
  const perLevel: Partial<Record<LevelKind, number>> = {};
  if (value && typeof value === "object") {
    for (const kind of levelKinds) {
      const n = (value as Record<string, unknown>)[kind];
      if (typeof n === "number" && Number.isSafeInteger(n) && n >= 0) perLevel[kind] = n;
    }
  }
  return { perLevel };
}

/** Every support of a programme's waiting list and its place (position, estimated start). */
async function queuePlaces(db: Executor, programIds: readonly string[], today: string) {
  if (programIds.length === 0) return new Map<string, QueuePlace>();
  const rows = await db
    .select({
      id: supports.id,
      status: supports.status,
      antennaId: supports.antennaId,
      consultantId: supports.consultantId,
      level: supports.levelKind,
      decidedAt: supports.decidedAt,
      startedAt: supports.startedAt,
      plannedEnd: supports.plannedEnd,
    })
    .from(supports)
    .where(
      and(
        inArray(supports.programId, [...programIds]),
        inArray(supports.status, ["planned", "in_progress"]),
      ),
    );
  const capacities = await db
    .select({
      antennaId: supportCapacities.antennaId,
      consultantId: supportCapacities.consultantId,
      perLevel: supportCapacities.perLevel,
    })
    .from(supportCapacities);
  const byAntenna: Record<string, Capacity> = {};
  const byConsultant: Record<string, Capacity> = {};
  for (const row of capacities) {
    if (row.consultantId) byConsultant[row.consultantId] = capacityOf(row.perLevel);
    else byAntenna[row.antennaId] = capacityOf(row.perLevel);
  }
  const places = planQueue({
    today,
    typicalDays: TYPICAL_DAYS,
    capacities: { antennas: byAntenna, consultants: byConsultant },
    inProgress: rows
      .filter((row) => row.status === "in_progress" && isLevelKind(row.level))
      .map((row) => ({
        antennaId: row.antennaId ?? "",
        consultantId: row.consultantId,
        level: row.level as LevelKind,
        startedOn: dayOf(row.startedAt) ?? today,
        plannedEndOn: dayOf(row.plannedEnd),
      })),
    waiting: rows
      .filter((row) => row.status === "planned" && isLevelKind(row.level))
      .map((row) => ({
        id: row.id,
        antennaId: row.antennaId ?? "",
        consultantId: row.consultantId,
        level: row.level as LevelKind,
        decidedAt: row.decidedAt.toISOString(),
      })),
  });
  return new Map(places.map((place) => [place.id, place]));
}

const listColumns = {
  id: supports.id,
  programId: supports.programId,
  status: supports.status,
  levelKind: supports.levelKind,
  applicationId: supports.applicationId,
  number: applications.number,
  organizationName: organizations.name,
  antennaId: supports.antennaId,
  antennaName: antennas.name,
  consultantId: supports.consultantId,
  consultantName: user.name,
  plannedStart: supports.plannedStart,
  plannedEnd: supports.plannedEnd,
  shareCents: supports.shareCents,
  decidedAt: supports.decidedAt,
};

export type SupportListFilter = { status: SupportState | null; antennaId: string | null };

/** The supports in the staff user's scope, oldest decision first, with their queue places. */
export async function listSupports(db: Executor, staff: Staff, filter: SupportListFilter) {
  const rows = await db
    .select(listColumns)
    .from(supports)
    .innerJoin(applications, eq(applications.id, supports.applicationId))
    .innerJoin(organizations, eq(organizations.id, supports.organizationId))
    .leftJoin(antennas, eq(antennas.id, supports.antennaId))
    .leftJoin(user, eq(user.id, supports.consultantId))
    .where(
      and(
        supportScope(db, staff),
        filter.status ? eq(supports.status, filter.status) : undefined,
        filter.antennaId ? eq(supports.antennaId, filter.antennaId) : undefined,
      ),
    )
    .orderBy(asc(supports.decidedAt), asc(supports.id))
    .limit(500);
  const today = todayInParis();
  const places = await queuePlaces(db, [...new Set(rows.map((row) => row.programId))], today);
  return rows.map((row) => ({
    ...row,
    status: stateOf(row.status),
    number: row.number ?? "",
    decidedAt: row.decidedAt.toISOString(),
    place: places.get(row.id) ?? null,
  }));
}

/** Each antenna's load in the scope: supports in progress against capacity, waiting ones. */
export async function antennaLoads(db: Executor, staff: Staff) {
  const rows = await db
    .select({
      antennaId: supports.antennaId,
      antennaName: antennas.name,
      status: supports.status,
      level: supports.levelKind,
    })
    .from(supports)
    .innerJoin(antennas, eq(antennas.id, supports.antennaId))
    .where(and(supportScope(db, staff), inArray(supports.status, ["planned", "in_progress"])));
  const capacities = await db
    .select({ antennaId: supportCapacities.antennaId, perLevel: supportCapacities.perLevel })
    .from(supportCapacities)
    .where(sql`${supportCapacities.consultantId} is null`);
  const capacity = new Map(capacities.map((row) => [row.antennaId, capacityOf(row.perLevel)]));
  const names = new Map<string, string>();
  for (const row of rows) if (row.antennaId) names.set(row.antennaId, row.antennaName);
  return [...names].map(([antennaId, name]) => {
    const mine = rows.filter((row) => row.antennaId === antennaId && isLevelKind(row.level));
    const load = loadOf({
      antennaId,
      capacity: capacity.get(antennaId),
      inProgress: mine
        .filter((row) => row.status === "in_progress")
        .map((row) => ({ antennaId, level: row.level as LevelKind })),
      waiting: mine
        .filter((row) => row.status === "planned")
        .map((row) => ({ antennaId, level: row.level as LevelKind })),
    });
    return { antennaId, name, load };
  });
}

/** One support in the staff user's scope, or null. */
export async function findSupport(db: Executor, staff: Staff, supportId: string) {
  if (!isSupportId(supportId)) return null;
  const [row] = await db
    .select({
      ...listColumns,
      organizationId: supports.organizationId,
      costCents: supports.costCents,
      ratePercent: supports.ratePercent,
      notes: supports.notes,
      abandonReason: supports.abandonReason,
      abandonNote: supports.abandonNote,
      startedAt: supports.startedAt,
      deliveredAt: supports.deliveredAt,
      closedAt: supports.closedAt,
      abandonedAt: supports.abandonedAt,
      programName: programs.name,
    })
    .from(supports)
    .innerJoin(applications, eq(applications.id, supports.applicationId))
    .innerJoin(organizations, eq(organizations.id, supports.organizationId))
    .innerJoin(programs, eq(programs.id, supports.programId))
    .leftJoin(antennas, eq(antennas.id, supports.antennaId))
    .leftJoin(user, eq(user.id, supports.consultantId))
    .where(and(eq(supports.id, supportId.toLowerCase()), supportScope(db, staff)));
  if (!row) return null;
  return { ...row, status: stateOf(row.status), number: row.number ?? "" };
}

export type SupportRow = NonNullable<Awaited<ReturnType<typeof findSupport>>>;

/** A support's milestones, oldest first. */
export async function listMilestones(db: Executor, supportId: string) {
  return db
    .select({
      id: supportMilestones.id,
      kind: supportMilestones.kind,
      title: supportMilestones.title,
      happenedOn: supportMilestones.happenedOn,
      note: supportMilestones.note,
      fileName: supportMilestones.fileName,
      sizeBytes: supportMilestones.sizeBytes,
      hasFile: sql<boolean>`${supportMilestones.storageKey} is not null`,
      createdByName: user.name,
    })
    .from(supportMilestones)
    .leftJoin(user, eq(user.id, supportMilestones.createdBy))
    .where(eq(supportMilestones.supportId, supportId))
    .orderBy(asc(supportMilestones.happenedOn), asc(supportMilestones.createdAt));
}

/** The milestones as the pure rules read them. */
export function milestonesForRules(
  rows: readonly { kind: string; hasFile: boolean }[],
): Milestone[] {
  return rows.flatMap((row) =>
    row.kind === "kickoff" || row.kind === "deliverable" || row.kind === "closing"
      ? [{ kind: row.kind, done: true, files: row.hasFile ? 1 : 0 }]
      : [],
  );
}

/** A support's funding parts (in split order) with their payments, newest first. */
export async function listFunding(db: Executor, supportId: string) {
  const parts = await db
    .select({
      id: supportFundingParts.id,
      funderId: supportFundingParts.funderId,
      funderName: funders.name,
      weight: supportFundingParts.weight,
      committedCents: supportFundingParts.committedCents,
      invoicedCents: supportFundingParts.invoicedCents,
      paidCents: supportFundingParts.paidCents,
    })
    .from(supportFundingParts)
    .innerJoin(funders, eq(funders.id, supportFundingParts.funderId))
    .where(eq(supportFundingParts.supportId, supportId))
    .orderBy(asc(supportFundingParts.position));
  const payments =
    parts.length === 0
      ? []
      : await db
          .select({
            id: supportPayments.id,
            partId: supportPayments.partId,
            kind: supportPayments.kind,
            cents: supportPayments.cents,
            on: supportPayments.on,
            reference: supportPayments.reference,
          })
          .from(supportPayments)
          .where(
            inArray(
              supportPayments.partId,
              parts.map((part) => part.id),
            ),
          )
          .orderBy(desc(supportPayments.on), desc(supportPayments.createdAt));
  return { parts, payments };
}

/**
 * Each funder's envelope in a programme against what its parts of the supports commit (an
 * abandoned support commits only what was invoiced), with the 80 % and 100 % warnings.
 */
export async function envelopeUse(db: Executor, programId: string) {
  const envelopes = await db
    .select({
      funderId: fundingEnvelopes.funderId,
      funderName: funders.name,
      amountCents: fundingEnvelopes.amountCents,
    })
    .from(fundingEnvelopes)
    .innerJoin(funders, eq(funders.id, fundingEnvelopes.funderId))
    .where(eq(fundingEnvelopes.programId, programId))
    .orderBy(asc(funders.name));
  const used = await db
    .select({
      funderId: supportFundingParts.funderId,
      cents: committedSum,
      paid: sql<string>`coalesce(sum(${supportFundingParts.paidCents}), 0)`,
    })
    .from(supportFundingParts)
    .innerJoin(supports, eq(supports.id, supportFundingParts.supportId))
    .where(eq(supports.programId, programId))
    .groupBy(supportFundingParts.funderId);
  const byFunder = new Map(used.map((row) => [row.funderId, row]));
  return envelopes.map((envelope) => {
    const row = byFunder.get(envelope.funderId);
    const consumedCents = Number(row?.cents ?? 0);
    return {
      ...envelope,
      consumedCents,
      paidCents: Number(row?.paid ?? 0),
      ...envelopeConsumption(envelope.amountCents, consumedCents),
    };
  });
}

/** The antenna managers a support of `antennaId` may be given to. */
export async function consultantsOf(db: Executor, antennaId: string | null) {
  if (!antennaId) return [];
  return db
    .select({ id: user.id, name: user.name })
    .from(user)
    .innerJoin(staffScopes, eq(staffScopes.userId, user.id))
    .where(and(eq(staffScopes.antennaId, antennaId), eq(user.role, "antenna_manager")))
    .orderBy(asc(user.name));
}

/** The supports of an application, as its organisation's members see them. */
export async function applicationSupports(db: Executor, applicationId: string) {
  const rows = await db
    .select({
      id: supports.id,
      programId: supports.programId,
      status: supports.status,
      levelKind: supports.levelKind,
      antennaName: antennas.name,
      consultantName: user.name,
      plannedStart: supports.plannedStart,
      plannedEnd: supports.plannedEnd,
      costCents: supports.costCents,
      shareCents: supports.shareCents,
    })
    .from(supports)
    .leftJoin(antennas, eq(antennas.id, supports.antennaId))
    .leftJoin(user, eq(user.id, supports.consultantId))
    .where(and(eq(supports.applicationId, applicationId), ne(supports.status, "abandoned")))
    .orderBy(asc(supports.createdAt));
  if (rows.length === 0) return [];
  const milestoneRows = await db
    .select({
      supportId: supportMilestones.supportId,
      kind: supportMilestones.kind,
      hasFile: sql<boolean>`${supportMilestones.storageKey} is not null`,
    })
    .from(supportMilestones)
    .where(
      inArray(
        supportMilestones.supportId,
        rows.map((row) => row.id),
      ),
    );
  const places = await queuePlaces(
    db,
    [...new Set(rows.map((row) => row.programId))],
    todayInParis(),
  );
  // The structure's own survey answer of each closed support (one per support at most).
  const answers = await db
    .select({
      supportId: feedbackAnswers.supportId,
      satisfaction: feedbackAnswers.satisfaction,
      consultantQuality: feedbackAnswers.consultantQuality,
      needsFit: feedbackAnswers.fit,
      beneficiaryChanges: feedbackAnswers.changes,
      recommendation: feedbackAnswers.recommend,
      comment: feedbackAnswers.comment,
      answeredAt: feedbackAnswers.answeredAt,
    })
    .from(feedbackAnswers)
    .where(
      inArray(
        feedbackAnswers.supportId,
        rows.map((row) => row.id),
      ),
    );
  const answerOf = (supportId: string): FeedbackAnswerView | null => {
    const found = answers.find((answer) => answer.supportId === supportId);
    if (!found) return null;
    const { supportId: _support, answeredAt, ...answer } = found;
    return { ...answer, answeredAt: answeredAt.toISOString() };
  };
  return rows.map((row) => ({
    ...row,
    status: stateOf(row.status),
    milestones: milestonesForRules(milestoneRows.filter((m) => m.supportId === row.id)),
    place: row.status === "planned" ? (places.get(row.id) ?? null) : null,
    feedback: answerOf(row.id),
  }));
}

/** A deliverable's stored file of a support, or null. */
export async function findDeliverable(db: Executor, supportId: string, milestoneId: unknown) {
  if (!isSupportId(milestoneId)) return null;
  const [row] = await db
    .select({
      storageKey: supportMilestones.storageKey,
      fileName: supportMilestones.fileName,
      mimeType: supportMilestones.mimeType,
      sizeBytes: supportMilestones.sizeBytes,
    })
    .from(supportMilestones)
    .where(
      and(
        eq(supportMilestones.id, milestoneId.toLowerCase()),
        eq(supportMilestones.supportId, supportId),
      ),
    );
  if (!row?.storageKey || !row.fileName || !row.mimeType || row.sizeBytes === null) return null;
  return {
    storageKey: row.storageKey,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
  };
}

/** Every antenna and its antenna managers, for the capacity form (administrators). */
export async function capacityChoices(db: Executor) {
  const antennaRows = await db
    .select({ id: antennas.id, name: antennas.name })
    .from(antennas)
    .orderBy(asc(antennas.name));
  const managers = await db
    .select({ id: user.id, name: user.name, antennaId: sql<string>`${staffScopes.antennaId}` })
    .from(user)
    .innerJoin(staffScopes, eq(staffScopes.userId, user.id))
    .where(and(eq(user.role, "antenna_manager"), isNotNull(staffScopes.antennaId)))
    .orderBy(asc(user.name));
  return antennaRows.map((antenna) => ({
    ...antenna,
    consultants: managers
      .filter((manager) => manager.antennaId === antenna.id)
      .map((manager) => ({ id: manager.id, name: manager.name })),
  }));
}
