// What the portfolio balance beside a session's agenda is computed from (portfolio.ts): the
// applications on the agenda that the reader may see, with their requested amounts, and every
// final decision of the programme since its start (its current revision), with the amounts
// granted; axes from each application's project step, région and size from its organisation.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
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
  computePortfolio,
  type DecidedPortfolioItem,
  type Portfolio,
  type PortfolioItem,
} from "./portfolio";
import { type AgendaItem, isLatestRevision } from "./queries.server";
import type { PortfolioLabels } from "./ui/portfolio-panel";

/** The priority axes an application's project step names (a list, or one value). */
export function axesOfApplication(data: unknown): string[] {
  const steps = (data as { steps?: Record<string, Record<string, unknown>> } | null)?.steps;
  const axes = steps?.["2"]?.axes;
  if (typeof axes === "string") return axes === "" ? [] : [axes];
  if (!Array.isArray(axes)) return [];
  return [...new Set(axes.filter((axis): axis is string => typeof axis === "string"))];
}

type Profile = { axes: string[]; departement: string | null; employees: number | null };

async function profiles(db: Executor, applicationIds: readonly string[]) {
  const result = new Map<string, Profile>();
  if (applicationIds.length === 0) return result;
  const rows = await db
    .select({
      id: applications.id,
      data: applications.data,
      departement: organizations.departement,
      employees: organizations.employees,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(inArray(applications.id, [...applicationIds]));
  for (const row of rows) {
    result.set(row.id, {
      axes: axesOfApplication(row.data),
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

/** Every final decision of the programme (current revision), as the balance reads it. */
async function decidedItems(db: Executor, programId: string): Promise<DecidedPortfolioItem[]> {
  const rows = await db
    .select({
      decisionId: committeeDecisions.id,
      outcome: committeeDecisions.outcome,
      applicationId: committeeItems.applicationId,
    })
    .from(committeeDecisions)
    .innerJoin(committeeItems, eq(committeeItems.id, committeeDecisions.itemId))
    .innerJoin(committeeSessions, eq(committeeSessions.id, committeeItems.sessionId))
    .where(
      and(
        eq(committeeSessions.programId, programId),
        isNotNull(committeeDecisions.finalAt),
        isLatestRevision,
      ),
    );
  if (rows.length === 0) return [];
  const [levels, byApplication] = await Promise.all([
    db
      .select({
        decisionId: committeeDecisionLevels.decisionId,
        kind: committeeDecisionLevels.kind,
        grantedCents: committeeDecisionLevels.grantedCents,
      })
      .from(committeeDecisionLevels)
      .where(
        and(
          inArray(
            committeeDecisionLevels.decisionId,
            rows.map((row) => row.decisionId),
          ),
          eq(committeeDecisionLevels.granted, true),
        ),
      ),
    profiles(
      db,
      rows.map((row) => row.applicationId),
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
      byApplication.get(row.applicationId),
      row.outcome === "accepted" ? (levelsOf.get(row.decisionId) ?? []) : [],
    ),
    outcome: row.outcome as DecidedPortfolioItem["outcome"],
  }));
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
    decidedItems(db, options.programId),
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
    portfolio: computePortfolio({
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
