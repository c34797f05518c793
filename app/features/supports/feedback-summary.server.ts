// What the feedback survey's answers say (issue 15): for staff, the answers summed up per
// antenna, per consultant and per level (summarizeFeedback: counts, averages in tenths, NPS); for
// the structure, its own answers, support by support. Who may read which is the caller's guard
// (an antenna manager reads their antennas: `antennaIds`).
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { LevelKind } from "~/features/applications";
import type { Executor } from "~/platform/db/types";
import { antennas, feedbackAnswers, supports, user } from "../../../db/schema";
import { type FeedbackScores, type FeedbackSummary, summarizeFeedback } from "./feedback-summary";

export type FeedbackGroup<Key> = Key & { readonly summary: FeedbackSummary };

export type FeedbackSummaries = {
  /** Every answer read. */
  readonly overall: FeedbackSummary;
  /** Per antenna (null: the national team), by name. */
  readonly byAntenna: readonly FeedbackGroup<{ antennaId: string | null; name: string | null }>[];
  /** Per consultant (null: none assigned), by name. */
  readonly byConsultant: readonly FeedbackGroup<{
    consultantId: string | null;
    name: string | null;
  }>[];
  /** Per level, in the programme's order (diagnostic, scoping, production). */
  readonly byLevel: readonly FeedbackGroup<{ levelKind: LevelKind }>[];
};

const levelOrder: readonly LevelKind[] = ["diagnostic", "scoping", "production"];

function groupBy<Row, Key extends string>(
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Sorts by name (the French way), the unnamed group (null) last. */
function byName<T extends { name: string | null }>(a: T, b: T): number {
  if (a.name === null) return b.name === null ? 0 : 1;
  if (b.name === null) return -1;
  return a.name.localeCompare(b.name, "fr");
}

/**
 * The answers of the supports of a programme (every programme without `programId`), and of some
 * antennas only with `antennaIds`, summed up overall, per antenna, per consultant and per level.
 */
export async function feedbackSummaries(
  db: Executor,
  options: { programId?: string; antennaIds?: readonly string[] } = {},
): Promise<FeedbackSummaries> {
  const conditions: SQL[] = [];
  if (options.programId) conditions.push(eq(supports.programId, options.programId));
  if (options.antennaIds) {
    if (options.antennaIds.length === 0) {
      return { overall: summarizeFeedback([]), byAntenna: [], byConsultant: [], byLevel: [] };
    }
    conditions.push(inArray(supports.antennaId, [...options.antennaIds]));
  }
  const rows = await db
    .select({
      antennaId: supports.antennaId,
      antennaName: antennas.name,
      consultantId: supports.consultantId,
      consultantName: user.name,
      levelKind: supports.levelKind,
      satisfaction: feedbackAnswers.satisfaction,
      consultantQuality: feedbackAnswers.consultantQuality,
      needsFit: feedbackAnswers.fit,
      recommendation: feedbackAnswers.recommend,
    })
    .from(feedbackAnswers)
    .innerJoin(supports, eq(supports.id, feedbackAnswers.supportId))
    .leftJoin(antennas, eq(antennas.id, supports.antennaId))
    .leftJoin(user, eq(user.id, supports.consultantId))
    .where(conditions.length > 0 ? and(...conditions) : undefined);

  const scores = (group: readonly (typeof rows)[number][]): FeedbackScores[] =>
    group.map(({ satisfaction, consultantQuality, needsFit, recommendation }) => ({
      satisfaction,
      consultantQuality,
      needsFit,
      recommendation,
    }));

  const byAntenna = [...groupBy(rows, (row) => row.antennaId ?? "").values()]
    .map((group) => ({
      antennaId: group[0]?.antennaId ?? null,
      name: group[0]?.antennaName ?? null,
      summary: summarizeFeedback(scores(group)),
    }))
    .sort(byName);
  const byConsultant = [...groupBy(rows, (row) => row.consultantId ?? "").values()]
    .map((group) => ({
      consultantId: group[0]?.consultantId ?? null,
      name: group[0]?.consultantName ?? null,
      summary: summarizeFeedback(scores(group)),
    }))
    .sort(byName);
  const levels = groupBy(rows, (row) => row.levelKind);
  const byLevel = [...levels.keys()]
    .sort((a, b) => {
      const rank = (kind: string) => {
        const index = levelOrder.indexOf(kind as LevelKind);
        return index === -1 ? levelOrder.length : index;
      };
      return rank(a) - rank(b) || a.localeCompare(b);
    })
    .map((kind) => ({
      levelKind: kind as LevelKind,
      summary: summarizeFeedback(scores(levels.get(kind) ?? [])),
    }));
  return { overall: summarizeFeedback(scores(rows)), byAntenna, byConsultant, byLevel };
}
