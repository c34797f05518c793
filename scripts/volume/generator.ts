/**
 * The shape of one volume generator (scripts/volume/generators/*): a table of the application
 * whose rows are numbered 0..count-1 and keyed by a stable id, plus the rows of dependent tables
 * that belong to each new row. Adding a table to the volume is one generator file listed in
 * generators/index.ts.
 */
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { FundingSplit } from "~/features/supports/co-funding";
import type { Database } from "~/platform/db/types";

/** What the run asked for: sizes and the seed of every random draw. */
export type VolumePlan = {
  readonly organizations: number;
  readonly applications: number;
  readonly seed: number;
};

/** What the generators read from the database once, before any row is built. */
export type VolumeContext = {
  readonly plan: VolumePlan;
  readonly programId: string;
  /** The programme's levels with their rate bounds and ceilings. */
  readonly levels: readonly {
    kind: string;
    label: string;
    minRatePercent: number;
    maxRatePercent: number;
    costCeilingCents: number | null;
  }[];
  /** The programme's antennas: submission routes an application to the one covering its département. */
  readonly antennas: readonly { id: string; city: string; departements: readonly string[] }[];
  /** The ids of the criteria of the programme's review grid, in order. */
  readonly criteria: readonly string[];
  /** The programme's funders and their envelopes (by funder name): committees grant from them. */
  readonly envelopes: readonly { funderId: string; amountCents: number }[];
  /** The programme's default split of a support's share across funders, if it has one. */
  readonly fundingSplit: FundingSplit | null;
  /** Months after a structure's last support closes when it is invited to a new diagnostic. */
  readonly rediagnosticMonths: number;
  /** The password hash every volume user signs in with (VOLUME_PASSWORD). */
  readonly passwordHash: string;
  /** "now" of the volume: dates are drawn before it (fixed, so re-runs build the same rows). */
  readonly now: Date;
};

/** Rows for one table, inserted with ON CONFLICT DO NOTHING. */
export type TableRows = {
  readonly table: PgTable;
  readonly rows: readonly Record<string, unknown>[];
};

/** One row of the generator's table and the dependent rows inserted only when it is new. */
export type BuiltRow = {
  readonly row: Record<string, unknown>;
  /** Rows the row refers to (stable keys), inserted before it, skipping those that exist. */
  readonly prerequisites?: readonly TableRows[];
  readonly dependents: readonly TableRows[];
};

export interface VolumeGenerator {
  /** Shown in the progress bar. */
  readonly name: string;
  readonly table: PgTable;
  /** The primary key column: every row carries its stable id in `row.id`. */
  readonly key: PgColumn;
  /** How many rows it builds (a table that follows the applications reads them: the context). */
  count(context: VolumeContext): number;
  build(context: VolumeContext, index: number): BuiltRow;
  /** Runs once after every batch is written (counters, sequences). */
  finish?(db: Database, context: VolumeContext): Promise<void>;
}

/** A table the volume leaves empty: skipped, with the reason shown. */
export type SkippedTable = { readonly name: string; readonly note: string };
