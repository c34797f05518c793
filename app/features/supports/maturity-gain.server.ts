// The maturity gain of the structures supported, read from the database (issue 15, for the
// steering dashboard). For each organisation with at least one closed support in the filter:
// - T0, its latest completed diagnostic completed before the first of those supports started
//   (or, for a support never marked started, before it was created);
// - T1, its latest completed diagnostic completed after the last of those supports closed.
// A stored result whose dimensions and global score are not a score's is skipped (the next
// older one on that side is taken), never trusted. Organisations without both are counted apart.
// One query for all of them (not one per organisation), and only when what it reads has changed
// (ADR 0025).
import { and, eq, gt, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import type { LevelKind } from "~/features/applications";
import { type ComparedScore, toComparedScore } from "~/features/diagnostic";
import { keptByVersion } from "~/platform/db/kept-by-version.server";
import type { Executor } from "~/platform/db/types";
import { diagnostics, supports } from "../../../db/schema";
import { aggregateGains, type GainAggregate, maturityGain } from "./maturity-gain";

export interface MaturityGainFilter {
  /** The programmes read: null for every programme, an empty list for none. */
  readonly programIds: readonly string[] | null;
  /** Only the supports of this level (null: every level). */
  readonly levelKind: LevelKind | null;
}

export interface MaturityGainReport {
  /** Organisations with at least one closed support in the filter. */
  readonly supported: number;
  /** The means over the organisations compared (a T0 and a T1): `aggregate.count` of them. */
  readonly aggregate: GainAggregate;
  /** Organisations with a diagnostic before their supports but none after yet. */
  readonly awaitingAfter: number;
  /** Organisations with no usable diagnostic before their first support: never comparable. */
  readonly withoutBefore: number;
}

/** Per organisation: when its first support (in the filter) started, when the last one closed. */
function supportBounds(db: Executor, filter: MaturityGainFilter) {
  return db.$with("bounds").as(
    db
      .select({
        organizationId: supports.organizationId,
        firstStart: sql<Date>`min(coalesce(${supports.startedAt}, ${supports.createdAt}))`.as(
          "first_start",
        ),
        lastClosed: sql<Date>`max(${supports.closedAt})`.as("last_closed"),
      })
      .from(supports)
      .where(
        and(
          eq(supports.status, "closed"),
          isNotNull(supports.closedAt),
          filter.programIds ? inArray(supports.programId, [...filter.programIds]) : undefined,
          filter.levelKind ? eq(supports.levelKind, filter.levelKind) : undefined,
        ),
      )
      .groupBy(supports.organizationId),
  );
}

type Candidate = {
  readonly id: string;
  readonly completedAt: Date;
  readonly score: ComparedScore;
};

/** Whether `a` was completed after `b` (the greater id first on the same instant). */
const isLater = (a: Pick<Candidate, "id" | "completedAt">, b: Candidate) =>
  a.completedAt.getTime() > b.completedAt.getTime() ||
  (a.completedAt.getTime() === b.completedAt.getTime() && a.id > b.id);

/** Reads the report from the database: one query, every side's latest readable diagnostic. */
async function readReport(db: Executor, filter: MaturityGainFilter): Promise<MaturityGainReport> {
  if (filter.programIds?.length === 0) return reportOf(0, new Map(), new Map());
  const bounds = supportBounds(db, filter);
  // Every completed diagnostic on either side of an organisation's supports, in no order: the
  // latest readable one on each side is T0 or T1, picked below (which spares the database a
  // sort of every result); beside each, how many organisations the filter counts (the bounds
  // are computed once for both).
  const rows = await db
    .with(bounds)
    .select({
      supported: sql<number>`(select count(*) from ${bounds})::int`,
      organizationId: bounds.organizationId,
      id: diagnostics.id,
      completedAt: diagnostics.completedAt,
      before: sql<boolean | null>`${diagnostics.completedAt} < ${bounds.firstStart}`,
      // Only what the comparison reads of each stored score (not its priorities, level, …).
      dimensions: sql<unknown>`${diagnostics.result} -> 'dimensions'`,
      globalScore: sql<unknown>`${diagnostics.result} -> 'globalScore'`,
    })
    .from(bounds)
    .innerJoin(
      diagnostics,
      and(
        eq(diagnostics.organizationId, bounds.organizationId),
        eq(diagnostics.status, "completed"),
        or(
          lt(diagnostics.completedAt, bounds.firstStart),
          gt(diagnostics.completedAt, bounds.lastClosed),
        ),
      ),
    );

  const before = new Map<string, Candidate>();
  const after = new Map<string, Candidate>();
  for (const row of rows) {
    if (row.completedAt === null || row.before === null) continue;
    const side = row.before ? before : after;
    const kept = side.get(row.organizationId);
    const candidate = { id: row.id, completedAt: row.completedAt };
    if (kept && !isLater(candidate, kept)) continue;
    const score = toComparedScore({ dimensions: row.dimensions, globalScore: row.globalScore });
    if (score) side.set(row.organizationId, { ...candidate, score });
  }
  // Without a single diagnostic on either side, no row says how many were supported.
  const supported = rows[0]?.supported ?? (await countSupported(db, filter));
  return reportOf(supported, scoresOf(before), scoresOf(after));
}

async function countSupported(db: Executor, filter: MaturityGainFilter): Promise<number> {
  const bounds = supportBounds(db, filter);
  const [row] = await db.with(bounds).select({ count: sql<number>`count(*)::int` }).from(bounds);
  return Number(row?.count ?? 0);
}

const scoresOf = (side: ReadonlyMap<string, Candidate>) =>
  new Map([...side].map(([organizationId, { score }]) => [organizationId, score]));

/** The last report of each filter (programmes × level), until the inputs change (ADR 0025). */
const keptReports = keptByVersion<MaturityGainReport>("maturity_gain", 64);

const keyOf = (filter: MaturityGainFilter) =>
  JSON.stringify([filter.programIds ? [...filter.programIds].sort() : null, filter.levelKind]);

/** The maturity gain of the organisations supported in the filter, and those not comparable. */
export function maturityGainReport(
  db: Executor,
  filter: MaturityGainFilter,
): Promise<MaturityGainReport> {
  return keptReports(db, keyOf(filter), () => readReport(db, filter));
}

/** `supported` organisations, of which those in `before` have a T0 and those also in `after` a T1. */
function reportOf(
  supported: number,
  before: ReadonlyMap<string, ComparedScore>,
  after: ReadonlyMap<string, ComparedScore>,
): MaturityGainReport {
  const gains = [];
  let awaitingAfter = 0;
  for (const [id, t0] of before) {
    const t1 = after.get(id);
    if (t1) gains.push(maturityGain(t0, t1));
    else awaitingAfter += 1;
  }
  return {
    supported,
    aggregate: aggregateGains(gains),
    awaitingAfter,
    withoutBefore: supported - before.size,
  };
}
