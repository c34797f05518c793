// The registry's answers cached in the database (table registry_cache), so that every app
// instance shares them and a choice made on one page is still there on the next request.

import { eq } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { registryCache } from "../../../db/schema";

/** How long an answer of the registry is reused. */
export const REGISTRY_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

export type RegistryCache = {
  /** The value stored under `key`, or null when absent or older than the time to live. */
  get(key: string): Promise<unknown | null>;
  /** Stores (or replaces) the value of `key`. */
  set(key: string, value: unknown): Promise<void>;
};

/** A cache over the registry_cache table. */
export function createDatabaseRegistryCache(
  db: Executor,
  options: { ttlMs?: number; now?: () => Date } = {},
): RegistryCache {
  const ttlMs = options.ttlMs ?? REGISTRY_CACHE_TTL_MS;
  const now = options.now ?? (() => new Date());
  return {
    async get(key) {
      const [row] = await db
        .select({ response: registryCache.response, fetchedAt: registryCache.fetchedAt })
        .from(registryCache)
        .where(eq(registryCache.key, key));
      if (!row) return null;
      if (now().getTime() - row.fetchedAt.getTime() > ttlMs) return null;
      return row.response;
    },
    async set(key, value) {
      const fetchedAt = now();
      await db
        .insert(registryCache)
        .values({ key, response: value, fetchedAt })
        .onConflictDoUpdate({ target: registryCache.key, set: { response: value, fetchedAt } });
    },
  };
}
