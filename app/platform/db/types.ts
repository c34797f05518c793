import type { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type pg from "pg";
import type * as schema from "../../../db/schema";

export type Schema = typeof schema;

/** The Drizzle database, whichever driver runs underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A Drizzle transaction. */
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;

/** Anything that runs queries: the database or a transaction inside it. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  driver: "pg" | "pglite";
  db: Database;
  pool?: pg.Pool;
  pglite?: PGlite;
  /** Answers when the database responds (used by /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
};
