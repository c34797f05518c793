// What the portfolio balance beside a session's agenda is computed from (portfolio.ts): the
// applications on the agenda that the reader may see, with their requested amounts, and every
// final decision of the programme since its start (its current revision), with the amounts
// granted; axes from each application's project step, région and size from its organisation.
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { sizeBandOf } from "~/features/diagnostic";
import { portfolioTargetsOf } from "~/features/programs/index.server";
import type { Executor } from "~/platform/db/types";
import {
  applications,
  committeeDecisionLevels,
  committeeDecisions,
  committeeItems,
  committeeSessions,
  organizations,
} from "../../../db/schema";
import {
  balanceOf,
  type DecidedPortfolioItem,
  type DecidedTally,
  type Portfolio,
  type PortfolioItem,
  tallyDecided,
} from "./portfolio";
import { type AgendaItem, isLatestRevision } from "./queries.server";
import type { PortfolioLabels } from "./ui/portfolio-panel";

/** The priority axes of an application: its project step's `axes` value (a list, or one value). */
export function axesOf(value: unknown): string[] {
  if (typeof value === "string") return value === "" ? [] : [value];
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((axis): axis is string => typeof axis === "string"))];
}

/** The project step's axes, read in the database (not the whole application's data). */
const stepAxes = sql<unknown>`${applications.data} #> '{steps,2,axes}'`;

type Profile = { axes: string[]; departement: string | null; employees: number | null };

async function profiles(db: Executor, applicationIds: readonly string[]) {
  const result = new Map<string, Profile>();
  if (applicationIds.length === 0) return result;
  const rows = await db
    .select({
      id: applications.id,
      axes: stepAxes,
      departement: organizations.departement,
      employees: organizations.employees,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(inArray(applications.id, [...applicationIds]));
  for (const row of rows) {
    result.set(row.id, {
      axes: axesOf(row.axes),
      departement: row.departement,
      employees: row.employees,
    });
  }
  return result;
}

const asItem = (id: string, profile: Profile | undefined, levels: PortfolioItem["levels"]) => ({
  id,
  axes: profile?.axes ?? [],
  departement: profile?.departement ?? null,
  sizeBand: sizeBandOf(profile?.employees),
  levels,
});

/** The programme's final decisions, each its item's current revision. */
const finalDecisionsOf = (programId: string) =>
  and(
    eq(committeeSessions.programId, programId),
    isNotNull(committeeDecisions.finalAt),
    isLatestRevision,
  );

/**
 * Every final decision of the programme (current revision), as the balance reads it: two
 * queries whatever their number (joins, not lists of ids), and of each application only its
 * axes, of its organisation its département and size.
 */
async function decidedItems(db: Executor, programId: string): Promise<DecidedPortfolioItem[]> {
  const [rows, levels] = await Promise.all([
    db
      .select({
        decisionId: committeeDecisions.id,
        outcome: committeeDecisions.outcome,
        applicationId: committeeItems.applicationId,
        axes: stepAxes,
        departement: organizations.departement,
        employees: organizations.employees,
      })
      .from(committeeDecisions)
      .innerJoin(committeeItems, eq(committeeItems.id, committeeDecisions.itemId))
      .innerJoin(committeeSessions, eq(committeeSessions.id, committeeItems.sessionId))
      .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(finalDecisionsOf(programId)),
    db
      .select({
        decisionId: committeeDecisionLevels.decisionId,
        kind: committeeDecisionLevels.kind,
        grantedCents: committeeDecisionLevels.grantedCents,
      })
      .from(committeeDecisionLevels)
      .innerJoin(committeeDecisions, eq(committeeDecisions.id, committeeDecisionLevels.decisionId))
      .innerJoin(committeeItems, eq(committeeItems.id, committeeDecisions.itemId))
      .innerJoin(committeeSessions, eq(committeeSessions.id, committeeItems.sessionId))
      .where(
        and(
          finalDecisionsOf(programId),
          eq(committeeDecisions.outcome, "accepted"),
          eq(committeeDecisionLevels.granted, true),
        ),
      ),
  ]);
  const levelsOf = new Map<string, PortfolioItem["levels"][number][]>();
  for (const level of levels) {
    const list = levelsOf.get(level.decisionId) ?? [];
    list.push({ level: level.kind, amountCents: level.grantedCents ?? 0 });
    levelsOf.set(level.decisionId, list);
  }
  return rows.map((row) => ({
    ...asItem(
      row.applicationId,
      { axes: axesOf(row.axes), departement: row.departement, employees: row.employees },
      row.outcome === "accepted" ? (levelsOf.get(row.decisionId) ?? []) : [],
    ),
    outcome: row.outcome as DecidedPortfolioItem["outcome"],
  }));
}

/**
 * The tally of each programme's final decisions, by database, with the number of final
 * decisions (of every programme) it was read at. A final decision is never edited nor removed
 * (a database trigger refuses it) and a correction is a new final revision, so that number
 * grows with every change and a tally read at the current number is current. Each instance
 * keeps its own; the count is read first, so a tally is never older than its number.
 */
const decidedTallies = new WeakMap<
  Executor,
  Map<string, { version: number; tally: DecidedTally }>
>();

async function finalDecisionCount(db: Executor): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(committeeDecisions)
    .where(isNotNull(committeeDecisions.finalAt));
  return Number(row?.count ?? 0);
}

async function decidedTallyOf(db: Executor, programId: string): Promise<DecidedTally> {
  const version = await finalDecisionCount(db);
  let byProgramme = decidedTallies.get(db);
  if (!byProgramme) {
    byProgramme = new Map();
    decidedTallies.set(db, byProgramme);
  }
  const kept = byProgramme.get(programId);
  if (kept?.version === version) return kept.tally;
  const tally = tallyDecided(await decidedItems(db, programId));
  byProgramme.set(programId, { version, tally });
  return tally;
}

/** The balance of a session: its visible agenda against what the programme decided so far. */
export async function loadPortfolio(
  db: Executor,
  options: { programId: string; agenda: readonly AgendaItem[] },
): Promise<{ portfolio: Portfolio; labels: PortfolioLabels }> {
  const [programme, byApplication, decided] = await Promise.all([
    portfolioTargetsOf(db, options.programId),
    profiles(
      db,
      options.agenda.map((item) => item.applicationId),
    ),
    decidedTallyOf(db, options.programId),
  ]);
  const proposed = options.agenda.map((item) =>
    asItem(
      item.applicationId,
      byApplication.get(item.applicationId),
      item.levels.map((level) => ({
        level: level.kind,
        amountCents: level.programmeShareCents ?? 0,
      })),
    ),
  );
  return {
    portfolio: balanceOf({
      proposed,
      decided,
      targets: programme.targets,
      order: {
        axis: programme.axes.map((axis) => axis.code),
        level: programme.levels.map((level) => level.kind),
      },
    }),
    labels: {
      axis: Object.fromEntries(programme.axes.map((axis) => [axis.code, axis.label])),
      level: Object.fromEntries(programme.levels.map((level) => [level.kind, level.label])),
    },
  };
}
