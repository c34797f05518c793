// The maturity gain of the structures supported, read from the database (issue 15, for the
// steering dashboard). For each organisation with at least one closed support in the filter:
// - T0, its latest completed diagnostic completed before the first of those supports started
//   (or, for a support never marked started, before it was created);
// - T1, its latest completed diagnostic completed after the last of those supports closed.
// A stored result that is not a score is skipped (the next older diagnostic on that side is
// taken), never trusted. Organisations without both are counted apart. Two round trips: the
// organisations, then every candidate diagnostic of all of them (not one query per organisation).
import { and, desc, eq, gt, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import type { LevelKind } from "~/features/applications";
import { type DiagnosticScore, toDiagnosticScore } from "~/features/diagnostic";
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
  return db
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
    .groupBy(supports.organizationId)
    .as("bounds");
}

/** The maturity gain of the organisations supported in the filter, and those not comparable. */
export async function maturityGainReport(
  db: Executor,
  filter: MaturityGainFilter,
): Promise<MaturityGainReport> {
  if (filter.programIds?.length === 0) return reportOf([], new Map(), new Map());
  const bounds = supportBounds(db, filter);
  const organizations = await db
    .select({ id: bounds.organizationId })
    .from(bounds)
    .orderBy(bounds.organizationId);
  if (organizations.length === 0) return reportOf([], new Map(), new Map());

  // Every completed diagnostic on either side of an organisation's supports, latest first: the
  // first readable one on each side is T0 or T1.
  const candidates = await db
    .select({
      organizationId: bounds.organizationId,
      before: sql<boolean>`${diagnostics.completedAt} < ${bounds.firstStart}`,
      result: diagnostics.result,
    })
    .from(diagnostics)
    .innerJoin(bounds, eq(bounds.organizationId, diagnostics.organizationId))
    .where(
      and(
        eq(diagnostics.status, "completed"),
        or(
          lt(diagnostics.completedAt, bounds.firstStart),
          gt(diagnostics.completedAt, bounds.lastClosed),
        ),
      ),
    )
    .orderBy(desc(diagnostics.completedAt), desc(diagnostics.id));

  const before = new Map<string, DiagnosticScore>();
  const after = new Map<string, DiagnosticScore>();
  for (const candidate of candidates) {
    const side = candidate.before ? before : after;
    if (side.has(candidate.organizationId)) continue;
    const score = toDiagnosticScore(candidate.result);
    if (score) side.set(candidate.organizationId, score);
  }
  return reportOf(
    organizations.map((organization) => organization.id),
    before,
    after,
  );
}

function reportOf(
  organizationIds: readonly string[],
  before: ReadonlyMap<string, DiagnosticScore>,
  after: ReadonlyMap<string, DiagnosticScore>,
): MaturityGainReport {
  const gains = [];
  let awaitingAfter = 0;
  let withoutBefore = 0;
  for (const id of organizationIds) {
    const t0 = before.get(id);
    const t1 = after.get(id);
    if (!t0) withoutBefore += 1;
    else if (!t1) awaitingAfter += 1;
    else gains.push(maturityGain(t0, t1));
  }
  return {
    supported: organizationIds.length,
    aggregate: aggregateGains(gains),
    awaitingAfter,
    withoutBefore,
  };
}
