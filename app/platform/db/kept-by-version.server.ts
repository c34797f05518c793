/**
 * Figures each instance keeps in memory until what they are computed from changes (ADR 0025).
 * A database trigger bumps a named version (`data_versions`, migration 0015) in the transaction
 * that changes a figure's sources; a reader reads the version (one primary-key read) and reuses
 * the figure it kept at that version, or computes it again. The version is read before the
 * figure, so a figure is never older than its version; instances share nothing but the database,
 * so a change made through any of them moves the version all the others read.
 */
import { eq } from "drizzle-orm";
import { dataVersions } from "../../../db/schema";
import type { Executor } from "./types";

/** The versions migration 0015 creates, and the triggers that bump them. */
export type DataVersionName = "maturity_gain" | "programmes" | "support_commitments";

export async function dataVersion(db: Executor, name: DataVersionName): Promise<number> {
  const [row] = await db
    .select({ version: dataVersions.version })
    .from(dataVersions)
    .where(eq(dataVersions.name, name));
  return Number(row?.version ?? 0);
}

/**
 * A reader of figures kept per database and key at the version `name`: at most `maxKeys` keys
 * per database, the least recently read dropped first.
 */
export function keptByVersion<Value>(name: DataVersionName, maxKeys: number) {
  const byDatabase = new WeakMap<Executor, Map<string, { version: number; value: Value }>>();
  return async function read(
    db: Executor,
    key: string,
    compute: () => Promise<Value>,
  ): Promise<Value> {
    const version = await dataVersion(db, name);
    let kept = byDatabase.get(db);
    if (!kept) {
      kept = new Map();
      byDatabase.set(db, kept);
    }
    const found = kept.get(key);
    kept.delete(key);
    if (found?.version === version) {
      kept.set(key, found);
      return found.value;
    }
    const value = await compute();
    kept.set(key, { version, value });
    if (kept.size > maxKeys) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    return value;
  };
}

/** Freezes a kept figure and everything in it: shared by every request, changed by none. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
