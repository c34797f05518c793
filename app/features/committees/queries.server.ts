// The committees' reads. Every read of a session repeats `sessionScope(actor)` in its `where`
// (preparers: every session; committee members: the sessions they sit on; anyone else: none),
// and every read of an item's content repeats `itemScope(actor)` (nothing of an item on which the
// actor declared a conflict of interest). Out of scope is absent, and the routes answer 404.
import {
  type AnyColumn,
  and,
  asc,
  desc,
  eq,
  getTableName,
  inArray,
  isNotNull,
  isNull,
  max,
  type SQL,
  sql,
} from "drizzle-orm";
import type { LevelKind } from "~/features/applications";
import type { ReviewCriterion } from "~/features/programs";
import { gridOf, scoresByReviewer, teamAverage, weightedScore } from "~/features/review";
import { grantsByFunder } from "~/features/supports";
import { fundingSplitOf, supportCommitments } from "~/features/supports/index.server";
import type { Executor } from "~/platform/db/types";
import {
  applicationScores,
  applications,
  committeeConflicts,
  committeeDecisionLevels,
  committeeDecisions,
  committeeItems,
  committeeMembers,
  committeeScores,
  committeeSessions,
  funders,
  fundingEnvelopes,
  organizations,
  programSupportLevels,
  programs,
  user,
} from "../../../db/schema";
import { type CommitteeActor, canPrepare, type Seat } from "./permissions";
import { type EnvelopeBalance, envelopeBalances, isMemberSide } from "./rules";
import { isSessionState, type SessionState } from "./session-state";

export type SessionRow = typeof committeeSessions.$inferSelect;

/**
 * A column written with its table ("committee_members"."user_id") for correlated subqueries:
 * Drizzle leaves columns unqualified in the select list of a one-table query, where the inner
 * table's column of the same name would win.
 */
export function q(column: AnyColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** The sessions an actor sees: all for preparers, their own for committee members, else none. */
export function sessionScope(actor: CommitteeActor): SQL {
  if (canPrepare(actor)) return sql`true`;
  if (actor.role !== "committee_member") return sql`false`;
  return sql`exists (select 1 from ${committeeMembers} where ${q(committeeMembers.sessionId)} = ${q(committeeSessions.id)} and ${q(committeeMembers.userId)} = ${actor.id})`;
}

/** The items whose content an actor sees: none on which they declared a conflict. */
export function itemScope(actor: CommitteeActor): SQL {
  return sql`not exists (select 1 from ${committeeConflicts} where ${q(committeeConflicts.itemId)} = ${q(committeeItems.id)} and ${q(committeeConflicts.userId)} = ${actor.id})`;
}

/** The status of a session row as the state machine knows it. */
export function stateOf(session: Pick<SessionRow, "status">): SessionState {
  return isSessionState(session.status) ? session.status : "planned";
}

/** One session in the actor's scope, or null. */
export async function findSession(
  db: Executor,
  actor: CommitteeActor,
  sessionId: string,
): Promise<SessionRow | null> {
  const [row] = await db
    .select()
    .from(committeeSessions)
    .where(and(eq(committeeSessions.id, sessionId), sessionScope(actor)));
  return row ?? null;
}

/** The actor's seat in a session (null when not a member). */
export async function seatOf(db: Executor, sessionId: string, userId: string): Promise<Seat> {
  const [row] = await db
    .select({ side: committeeMembers.side, present: committeeMembers.present })
    .from(committeeMembers)
    .where(and(eq(committeeMembers.sessionId, sessionId), eq(committeeMembers.userId, userId)));
  if (!row || !isMemberSide(row.side)) return null;
  return { side: row.side, present: row.present };
}

/** The sessions in scope, the latest first, with how many items their agenda holds. */
export async function listSessions(db: Executor, actor: CommitteeActor) {
  const rows = await db
    .select({
      id: committeeSessions.id,
      startsAt: committeeSessions.startsAt,
      place: committeeSessions.place,
      videoUrl: committeeSessions.videoUrl,
      status: committeeSessions.status,
      programName: programs.name,
      items: sql<number>`(select count(*)::int from ${committeeItems} where ${q(committeeItems.sessionId)} = ${q(committeeSessions.id)})`,
    })
    .from(committeeSessions)
    .innerJoin(programs, eq(programs.id, committeeSessions.programId))
    .where(sessionScope(actor))
    .orderBy(desc(committeeSessions.startsAt))
    .limit(200);
  return rows.map((row) => ({
    ...row,
    startsAt: row.startsAt.toISOString(),
    status: stateOf(row),
  }));
}

/** The programmes a session may be created for, by name. */
export async function listProgrammes(db: Executor) {
  return db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .orderBy(asc(programs.name));
}

/** The session's members, by side then name. */
export async function listMembers(db: Executor, sessionId: string) {
  const rows = await db
    .select({
      userId: committeeMembers.userId,
      name: user.name,
      email: user.email,
      side: committeeMembers.side,
      present: committeeMembers.present,
    })
    .from(committeeMembers)
    .innerJoin(user, eq(user.id, committeeMembers.userId))
    .where(eq(committeeMembers.sessionId, sessionId))
    .orderBy(asc(committeeMembers.side), asc(user.name));
  return rows.flatMap((row) => (isMemberSide(row.side) ? [{ ...row, side: row.side }] : []));
}

/** The committee member accounts that are not yet members of the session. */
export async function listAddableMembers(db: Executor, sessionId: string) {
  return db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(
      and(
        eq(user.role, "committee_member"),
        sql`not exists (select 1 from ${committeeMembers} where ${q(committeeMembers.sessionId)} = ${sessionId} and ${q(committeeMembers.userId)} = ${q(user.id)})`,
      ),
    )
    .orderBy(asc(user.name));
}

/** One level requested, as the committee reads it (frozen on the item when it was added). */
export type AgendaLevel = {
  kind: LevelKind;
  label: string;
  totalCostCents: number | null;
  ratePercent: number;
  programmeShareCents: number | null;
};

/** The stored levels of an item, read defensively. */
export function agendaLevelsOf(value: unknown): AgendaLevel[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): AgendaLevel[] => {
    if (typeof item !== "object" || item === null) return [];
    const level = item as Record<string, unknown>;
    if (typeof level.kind !== "string" || typeof level.label !== "string") return [];
    const cents = (v: unknown) => (typeof v === "number" && Number.isSafeInteger(v) ? v : null);
    return [
      {
        kind: level.kind as LevelKind,
        label: level.label,
        totalCostCents: cents(level.totalCostCents),
        ratePercent: typeof level.ratePercent === "number" ? level.ratePercent : 0,
        programmeShareCents: cents(level.programmeShareCents),
      },
    ];
  });
}

/** The review team's weighted average of each application (the instruction's scores). */
async function reviewAverages(db: Executor, applicationIds: readonly string[]) {
  const result = new Map<string, { average: number | null; count: number }>();
  if (applicationIds.length === 0) return result;
  const rows = await db
    .select({
      applicationId: applicationScores.applicationId,
      programId: applications.programId,
      reviewerId: applicationScores.reviewerId,
      criterionId: applicationScores.criterionId,
      score: applicationScores.score,
    })
    .from(applicationScores)
    .innerJoin(applications, eq(applications.id, applicationScores.applicationId))
    .where(inArray(applicationScores.applicationId, [...applicationIds]));
  const byApplication = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byApplication.get(row.applicationId) ?? [];
    list.push(row);
    byApplication.set(row.applicationId, list);
  }
  // Each programme's grid read and parsed once (not copied onto every score row).
  const programIds = [...new Set(rows.map((row) => row.programId))];
  const grids =
    programIds.length === 0
      ? []
      : await db
          .select({ id: programs.id, criteria: programs.reviewCriteria })
          .from(programs)
          .where(inArray(programs.id, programIds));
  const gridOfProgramme = new Map(grids.map((row) => [row.id, gridOf(row.criteria)]));
  for (const [applicationId, list] of byApplication) {
    const grid = gridOfProgramme.get(list[0]?.programId ?? "") ?? [];
    result.set(applicationId, teamAverage(grid, scoresByReviewer(list)));
  }
  return result;
}

/**
 * The decision is its item's current one: no later revision exists. Written as an anti-join
 * (not `revision = (select max(...))`), which PostgreSQL estimates well: with tens of thousands
 * of decisions the max form was planned as a nested loop over every session (3 s, not 0.2 s).
 */
export const isLatestRevision = sql`not exists (
  select 1 from ${committeeDecisions} as later
  where later.item_id = ${committeeDecisions.itemId}
    and later.revision > ${committeeDecisions.revision})`;

/** The decisions matching `where`, with their levels and when they became final, by item. */
export async function decisionsWhere(
  db: Executor,
  where: SQL | undefined,
): Promise<Map<string, DecisionView & { finalAt: Date | null }>> {
  const rows = await db
    .select({
      id: committeeDecisions.id,
      itemId: committeeDecisions.itemId,
      revision: committeeDecisions.revision,
      outcome: committeeDecisions.outcome,
      refusalReason: committeeDecisions.refusalReason,
      applicantMessage: committeeDecisions.applicantMessage,
      missing: committeeDecisions.missing,
      amendmentReason: committeeDecisions.amendmentReason,
      overEnvelopeConfirmed: committeeDecisions.overEnvelopeConfirmed,
      decidedAt: committeeDecisions.decidedAt,
      finalAt: committeeDecisions.finalAt,
      decidedByName: user.name,
    })
    .from(committeeDecisions)
    .leftJoin(user, eq(user.id, committeeDecisions.decidedBy))
    .where(where);
  const levels =
    rows.length > 0
      ? await db
          .select({
            decisionId: committeeDecisionLevels.decisionId,
            kind: committeeDecisionLevels.kind,
            granted: committeeDecisionLevels.granted,
            ratePercent: committeeDecisionLevels.ratePercent,
            costCents: committeeDecisionLevels.costCents,
            grantedCents: committeeDecisionLevels.grantedCents,
            funderId: committeeDecisionLevels.funderId,
            funderName: funders.name,
          })
          .from(committeeDecisionLevels)
          .leftJoin(funders, eq(funders.id, committeeDecisionLevels.funderId))
          .where(
            inArray(
              committeeDecisionLevels.decisionId,
              rows.map((row) => row.id),
            ),
          )
      : [];
  const map = new Map<string, DecisionView & { finalAt: Date | null }>();
  for (const row of rows) {
    map.set(row.itemId, {
      ...row,
      outcome: row.outcome as DecisionOutcome,
      decidedAt: row.decidedAt.toISOString(),
      final: row.finalAt !== null,
      levels: levels
        .filter((level) => level.decisionId === row.id)
        .map(({ decisionId: _id, ...level }) => level),
    });
  }
  return map;
}

/** The last revision of each item's decision. */
async function currentDecisions(db: Executor, itemIds: readonly string[]) {
  if (itemIds.length === 0) return new Map<string, DecisionView>();
  return decisionsWhere(
    db,
    and(inArray(committeeDecisions.itemId, [...itemIds]), isLatestRevision),
  );
}

export const decisionOutcomes = ["accepted", "refused", "postponed"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export type DecisionView = {
  id: string;
  itemId: string;
  revision: number;
  outcome: DecisionOutcome;
  refusalReason: string | null;
  applicantMessage: string | null;
  missing: string | null;
  amendmentReason: string | null;
  overEnvelopeConfirmed: boolean;
  decidedAt: string;
  decidedByName: string | null;
  final: boolean;
  levels: {
    kind: string;
    granted: boolean;
    ratePercent: number | null;
    costCents: number | null;
    grantedCents: number | null;
    funderId: string | null;
    funderName: string | null;
  }[];
};

/** The decision of one item as it stands (its last revision), or null. */
export async function currentDecision(db: Executor, itemId: string): Promise<DecisionView | null> {
  return (await currentDecisions(db, [itemId])).get(itemId) ?? null;
}

/** One line of the agenda, as everyone who may see its content reads it. */
export type AgendaItem = {
  id: string;
  position: number;
  applicationId: string;
  number: string;
  organizationName: string;
  departement: string | null;
  status: string;
  submittedAt: string | null;
  summary: string | null;
  levels: AgendaLevel[];
  review: { average: number | null; count: number };
  decision: DecisionView | null;
};

/**
 * The agenda in order. Items on which the actor declared a conflict come as `hidden` (their
 * position only): their content is filtered out by the query itself (`itemScope`).
 */
export async function listAgenda(
  db: Executor,
  options: { actor: CommitteeActor; sessionId: string },
): Promise<{ items: AgendaItem[]; hidden: { id: string; position: number }[] }> {
  const rows = await db
    .select({
      id: committeeItems.id,
      position: committeeItems.position,
      applicationId: applications.id,
      number: applications.number,
      organizationName: organizations.name,
      departement: organizations.departement,
      status: applications.status,
      submittedAt: applications.submittedAt,
      summary: applications.committeeSummary,
      levels: committeeItems.requestedLevels,
    })
    .from(committeeItems)
    .innerJoin(committeeSessions, eq(committeeSessions.id, committeeItems.sessionId))
    .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        eq(committeeItems.sessionId, options.sessionId),
        sessionScope(options.actor),
        itemScope(options.actor),
      ),
    )
    .orderBy(asc(committeeItems.position));
  const hidden = await db
    .select({ id: committeeItems.id, position: committeeItems.position })
    .from(committeeItems)
    .innerJoin(committeeConflicts, eq(committeeConflicts.itemId, committeeItems.id))
    .where(
      and(
        eq(committeeItems.sessionId, options.sessionId),
        eq(committeeConflicts.userId, options.actor.id),
      ),
    )
    .orderBy(asc(committeeItems.position));
  const [averages, decisions] = await Promise.all([
    reviewAverages(
      db,
      rows.map((row) => row.applicationId),
    ),
    currentDecisions(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  return {
    items: rows.map((row) => ({
      ...row,
      number: row.number ?? "",
      submittedAt: row.submittedAt?.toISOString() ?? null,
      levels: agendaLevelsOf(row.levels),
      review: averages.get(row.applicationId) ?? { average: null, count: 0 },
      decision: decisions.get(row.id) ?? null,
    })),
    hidden,
  };
}

/** What makes an application a candidate for a session of its programme. */
const candidateOf = (programId: string) =>
  and(
    eq(applications.programId, programId),
    inArray(applications.status, ["ready_for_committee", "postponed"]),
    isNotNull(applications.submittedAt),
  );

/** How many applications a session's agenda may take (candidateOf). */
export async function countCandidates(db: Executor, programId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(applications)
    .where(candidateOf(programId));
  return Number(row?.count ?? 0);
}

/**
 * The applications a session's agenda may take: ready for committee (or postponed), oldest
 * first, the `limit` oldest.
 */
export async function listCandidates(db: Executor, programId: string, limit = 200) {
  const rows = await db
    .select({
      id: applications.id,
      number: applications.number,
      organizationName: organizations.name,
      status: applications.status,
      submittedAt: applications.submittedAt,
      summary: applications.committeeSummary,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(candidateOf(programId))
    .orderBy(asc(applications.submittedAt), asc(applications.id))
    .limit(limit);
  const averages = await reviewAverages(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...row,
    number: row.number ?? "",
    submittedAt: row.submittedAt?.toISOString() ?? null,
    review: averages.get(row.id) ?? { average: null, count: 0 },
  }));
}

/** One item with its application, within the actor's scope (session and conflicts), or null. */
export async function findItem(
  db: Executor,
  options: { actor: CommitteeActor; sessionId: string; itemId: string },
) {
  const [row] = await db
    .select({
      item: committeeItems,
      applicationId: applications.id,
      applicationStatus: applications.status,
      number: applications.number,
      programId: applications.programId,
      organizationId: organizations.id,
      organizationName: organizations.name,
      departement: organizations.departement,
      summary: applications.committeeSummary,
      submittedAt: applications.submittedAt,
    })
    .from(committeeItems)
    .innerJoin(committeeSessions, eq(committeeSessions.id, committeeItems.sessionId))
    .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        eq(committeeItems.id, options.itemId),
        eq(committeeItems.sessionId, options.sessionId),
        sessionScope(options.actor),
        itemScope(options.actor),
      ),
    );
  return row ?? null;
}

/** The programme's committee grid (the review criteria). */
export async function committeeGrid(db: Executor, programId: string): Promise<ReviewCriterion[]> {
  const [row] = await db
    .select({ criteria: programs.reviewCriteria })
    .from(programs)
    .where(eq(programs.id, programId));
  return gridOf(row?.criteria);
}

/** The rate bounds and ceiling of each level of the programme. */
export async function levelBounds(db: Executor, programId: string) {
  const rows = await db
    .select({
      kind: programSupportLevels.kind,
      label: programSupportLevels.label,
      minRatePercent: programSupportLevels.minRatePercent,
      maxRatePercent: programSupportLevels.maxRatePercent,
      costCeilingCents: programSupportLevels.costCeilingCents,
    })
    .from(programSupportLevels)
    .where(eq(programSupportLevels.programId, programId))
    .orderBy(asc(programSupportLevels.position));
  return new Map(rows.map((row) => [row.kind, row]));
}

/**
 * The pre-review scores of an item, per member, with the item's members who declared a conflict
 * left out (their scores are removed when they declare it, this repeats it in the read).
 */
export async function itemScores(db: Executor, itemId: string) {
  return db
    .select({
      memberId: committeeScores.memberId,
      memberName: user.name,
      criterionId: committeeScores.criterionId,
      score: committeeScores.score,
      comment: committeeScores.comment,
    })
    .from(committeeScores)
    .innerJoin(user, eq(user.id, committeeScores.memberId))
    .where(
      and(
        eq(committeeScores.itemId, itemId),
        sql`not exists (select 1 from ${committeeConflicts} where ${q(committeeConflicts.itemId)} = ${q(committeeScores.itemId)} and ${q(committeeConflicts.userId)} = ${q(committeeScores.memberId)})`,
      ),
    )
    .orderBy(asc(user.name), asc(committeeScores.criterionId));
}

/** Each member's weighted pre-review score of an item (complete reviews only) and their mean. */
export function summarizeScores(
  grid: readonly ReviewCriterion[],
  rows: Awaited<ReturnType<typeof itemScores>>,
) {
  const byMember = scoresByReviewer(rows.map((row) => ({ ...row, reviewerId: row.memberId })));
  const names = new Map(rows.map((row) => [row.memberId, row.memberName]));
  return {
    members: [...byMember].map(([memberId, scores]) => ({
      memberId,
      name: names.get(memberId) ?? "",
      weighted: weightedScore(grid, scores),
      scores: rows
        .filter((row) => row.memberId === memberId)
        .map((row) => ({ criterionId: row.criterionId, score: row.score, comment: row.comment })),
    })),
    team: teamAverage(grid, byMember),
  };
}

/** The members of a session and whether each declared a conflict on an item (for its quorum). */
export async function quorumMembers(db: Executor, sessionId: string, itemId: string | null) {
  const rows = await db
    .select({
      userId: committeeMembers.userId,
      side: committeeMembers.side,
      present: committeeMembers.present,
      conflicted: itemId
        ? sql<boolean>`exists (select 1 from ${committeeConflicts} where ${q(committeeConflicts.itemId)} = ${itemId} and ${q(committeeConflicts.userId)} = ${q(committeeMembers.userId)})`
        : sql<boolean>`false`,
    })
    .from(committeeMembers)
    .where(eq(committeeMembers.sessionId, sessionId));
  return rows.flatMap((row) =>
    isMemberSide(row.side) ? [{ ...row, side: row.side, conflicted: Boolean(row.conflicted) }] : [],
  );
}

/** How many members declared a conflict on each item of a session. */
export async function conflictCounts(db: Executor, sessionId: string) {
  const rows = await db
    .select({ itemId: committeeConflicts.itemId, n: sql<number>`count(*)::int` })
    .from(committeeConflicts)
    .innerJoin(committeeItems, eq(committeeItems.id, committeeConflicts.itemId))
    .where(eq(committeeItems.sessionId, sessionId))
    .groupBy(committeeConflicts.itemId);
  return new Map(rows.map((row) => [row.itemId, row.n]));
}

/** Whether the actor declared a conflict on the item. */
export async function hasConflict(db: Executor, itemId: string, userId: string) {
  const [row] = await db
    .select({ itemId: committeeConflicts.itemId })
    .from(committeeConflicts)
    .where(and(eq(committeeConflicts.itemId, itemId), eq(committeeConflicts.userId, userId)));
  return row !== undefined;
}

/** The programme's funders with an envelope, by name. */
export async function programEnvelopes(db: Executor, programId: string) {
  return db
    .select({
      funderId: fundingEnvelopes.funderId,
      funderName: funders.name,
      amountCents: fundingEnvelopes.amountCents,
    })
    .from(fundingEnvelopes)
    .innerJoin(funders, eq(funders.id, fundingEnvelopes.funderId))
    .where(eq(fundingEnvelopes.programId, programId))
    .orderBy(asc(funders.name));
}

/**
 * Each envelope of the programme and what is committed on it so far, counted as the supports
 * count it (issue 15): the funding parts of the supports that final decisions created (an
 * abandoned one keeps only what was invoiced), plus the granted levels of the decisions not final
 * yet (current revision, accepted), split across funders as their supports will be (the
 * programme's split, else the committee's funder). `exceptItemId` leaves one item out, its
 * supports included (the decision being recorded replaces it).
 */
export async function envelopeBalancesOf(
  db: Executor,
  programId: string,
  exceptItemId: string | null = null,
): Promise<EnvelopeBalance[]> {
  // One query after the other: `db` may be a transaction (one connection).
  const pending = await db
    .select({
      funderId: committeeDecisionLevels.funderId,
      cents: committeeDecisionLevels.grantedCents,
    })
    .from(committeeDecisionLevels)
    .innerJoin(committeeDecisions, eq(committeeDecisions.id, committeeDecisionLevels.decisionId))
    .innerJoin(committeeItems, eq(committeeItems.id, committeeDecisions.itemId))
    .innerJoin(committeeSessions, eq(committeeSessions.id, committeeItems.sessionId))
    .where(
      and(
        eq(committeeSessions.programId, programId),
        eq(committeeDecisions.outcome, "accepted"),
        eq(committeeDecisionLevels.granted, true),
        isNull(committeeDecisions.finalAt),
        isLatestRevision,
        exceptItemId ? sql`${committeeItems.id} <> ${exceptItemId}` : undefined,
      ),
    );
  const byFunder = grantsByFunder(pending, await fundingSplitOf(db, programId));
  const committed = await supportCommitments(db, programId, exceptItemId);
  for (const [funderId, cents] of committed) {
    byFunder.set(funderId, (byFunder.get(funderId) ?? 0) + cents);
  }
  return envelopeBalances(await programEnvelopes(db, programId), byFunder);
}

/** The next position at the end of a session's agenda. */
export async function nextPosition(db: Executor, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(committeeItems.position) })
    .from(committeeItems)
    .where(eq(committeeItems.sessionId, sessionId));
  return (row?.last ?? 0) + 1;
}
