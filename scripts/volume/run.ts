/**
 * Fills a database with the volume: reads the programme once, then writes each generator's rows
 * in batches, one transaction per batch, dependent rows only for the rows that are new. Used by
 * scripts/seed-volume.ts and the query-hygiene integration test.
 */
import { hashPassword } from "better-auth/crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { programmeSplitOf } from "~/features/supports/co-funding";
import type { Database } from "~/platform/db/types";
import {
  antennas,
  funders,
  fundingEnvelopes,
  programSupportLevels,
  programs,
} from "../../db/schema";
import { seedPrograms } from "../../db/seed/programs";
import { insertAll, insertNew } from "./bulk-insert";
import type { BuiltRow, TableRows, VolumeContext, VolumeGenerator, VolumePlan } from "./generator";
import { volumeGenerators } from "./generators";
import { VOLUME_PASSWORD } from "./generators/organizations";

/** Parent rows per transaction: a few thousand rows with their dependents. */
export const DEFAULT_BATCH = 1000;

/** The volume's fixed "now": dates are drawn before it, so re-runs build identical rows. */
export const VOLUME_NOW = new Date("2026-11-30T12:00:00Z");

export type ProgressReporter = (
  generator: string,
  total: number,
) => {
  update(done: number): void;
  end(done: number): void;
};

export type VolumeResult = { table: string; total: number; inserted: number }[];

/** Reads (creating Digit'ESS if missing) the programme the applications go to. */
export async function volumeContext(db: Database, plan: VolumePlan): Promise<VolumeContext> {
  await seedPrograms(db);
  const [program] = await db
    .select({
      id: programs.id,
      reviewCriteria: programs.reviewCriteria,
      fundingSplit: programs.fundingSplit,
      rediagnosticMonths: programs.rediagnosticMonths,
    })
    .from(programs)
    .where(eq(programs.slug, "digitess"));
  if (!program) throw new Error("the Digit'ESS programme is missing");
  const levels = await db
    .select({
      kind: programSupportLevels.kind,
      label: programSupportLevels.label,
      minRatePercent: programSupportLevels.minRatePercent,
      maxRatePercent: programSupportLevels.maxRatePercent,
      costCeilingCents: programSupportLevels.costCeilingCents,
    })
    .from(programSupportLevels)
    .where(eq(programSupportLevels.programId, program.id))
    .orderBy(asc(programSupportLevels.position));
  const programAntennas = await db
    .select({ id: antennas.id, city: antennas.city, departements: antennas.departements })
    .from(antennas)
    .where(eq(antennas.programId, program.id))
    .orderBy(asc(antennas.city));
  const envelopes = await db
    .select({ funderId: fundingEnvelopes.funderId, amountCents: fundingEnvelopes.amountCents })
    .from(fundingEnvelopes)
    .innerJoin(funders, eq(funders.id, fundingEnvelopes.funderId))
    .where(eq(fundingEnvelopes.programId, program.id))
    .orderBy(asc(funders.name));
  const criteria = Array.isArray(program.reviewCriteria)
    ? program.reviewCriteria.map((criterion) => String((criterion as { id: unknown }).id))
    : [];
  return {
    plan,
    programId: program.id,
    levels,
    antennas: programAntennas,
    criteria,
    envelopes,
    fundingSplit: programmeSplitOf(program.fundingSplit),
    rediagnosticMonths: program.rediagnosticMonths,
    passwordHash: await hashPassword(VOLUME_PASSWORD),
    now: VOLUME_NOW,
  };
}

/** The rows of every built row, table by table, in the order the tables first appear. */
function groupByTable(lists: readonly (readonly TableRows[])[]) {
  const tables = new Map<PgTable, Record<string, unknown>[]>();
  for (const list of lists) {
    for (const { table, rows } of list) {
      const all = tables.get(table) ?? [];
      for (const row of rows) all.push(row);
      tables.set(table, all);
    }
  }
  return tables;
}

async function runGenerator(
  db: Database,
  context: VolumeContext,
  generator: VolumeGenerator,
  batch: number,
  report?: ProgressReporter,
): Promise<number> {
  const total = generator.count(context);
  const progress = report?.(generator.name, total);
  let inserted = 0;
  for (let start = 0; start < total; start += batch) {
    const built: BuiltRow[] = [];
    for (let index = start; index < Math.min(total, start + batch); index++) {
      built.push(generator.build(context, index));
    }
    await db.transaction(async (tx) => {
      for (const [table, rows] of groupByTable(built.map((b) => b.prerequisites ?? []))) {
        await insertAll(tx, table, rows);
      }
      const fresh = await insertNew(
        tx,
        generator.table,
        generator.key,
        built.map((b) => b.row),
      );
      inserted += fresh.size;
      if (fresh.size === 0) return;
      const newRows = built.filter((b) => fresh.has(b.row.id));
      for (const [table, rows] of groupByTable(newRows.map((b) => b.dependents))) {
        await insertAll(tx, table, rows);
      }
    });
    progress?.update(Math.min(total, start + batch));
  }
  await generator.finish?.(db, context);
  progress?.end(total);
  return inserted;
}

/** Writes the whole volume; returns, per table, the rows asked for and the rows inserted. */
export async function seedVolume(
  db: Database,
  plan: VolumePlan,
  options: { batch?: number; report?: ProgressReporter } = {},
): Promise<VolumeResult> {
  const context = await volumeContext(db, plan);
  const result: VolumeResult = [];
  for (const generator of volumeGenerators) {
    const inserted = await runGenerator(
      db,
      context,
      generator,
      options.batch ?? DEFAULT_BATCH,
      options.report,
    );
    result.push({ table: generator.name, total: generator.count(context), inserted });
  }
  // After a bulk load the planner's statistics are those of empty tables and no page is marked
  // all-visible until autovacuum passes: done now, as after any restore, so the first queries
  // are planned on the data and counts read indexes alone (index-only scans).
  if (result.some((row) => row.inserted > 0)) await db.execute(sql`vacuum analyze`);
  return result;
}
