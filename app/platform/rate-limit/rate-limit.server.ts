/**
 * Rate limits kept in the database, so that they hold across several app instances
 * (PostgreSQL). A hit is counted with one atomic upsert per key and window; the decision is the
 * pure rule of ./window.
 */
import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { rateLimitCounters } from "../../../db/schema";
import { decide, type RateLimitDecision, type RateLimitPolicy, windowStartOf } from "./window";

/** Counts one hit for `key` and tells whether it is within `policy`. */
export async function hitRateLimit(
  db: Executor,
  input: { key: string; policy: RateLimitPolicy; now?: Date },
): Promise<RateLimitDecision> {
  const now = input.now ?? new Date();
  const windowStart = windowStartOf(now, input.policy);
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key: input.key, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { hits: sql`${rateLimitCounters.hits} + 1` },
    })
    .returning({ hits: rateLimitCounters.hits });
  // Past windows of this key are of no use any more.
  await db
    .delete(rateLimitCounters)
    .where(
      and(eq(rateLimitCounters.key, input.key), lt(rateLimitCounters.windowStart, windowStart)),
    );
  return decide(row?.hits ?? 1, now, input.policy);
}

/**
 * Tells whether one more hit for `key` would be within `policy`, without counting it: for limits
 * that count only some outcomes (failed sign-ins), checked before acting and hit after.
 */
export async function peekRateLimit(
  db: Executor,
  input: { key: string; policy: RateLimitPolicy; now?: Date },
): Promise<RateLimitDecision> {
  const now = input.now ?? new Date();
  const windowStart = windowStartOf(now, input.policy);
  const [row] = await db
    .select({ hits: rateLimitCounters.hits })
    .from(rateLimitCounters)
    .where(
      and(eq(rateLimitCounters.key, input.key), eq(rateLimitCounters.windowStart, windowStart)),
    );
  return decide((row?.hits ?? 0) + 1, now, input.policy);
}

/**
 * The client address of a request. server/app.ts overwrites X-Forwarded-For with what Express
 * trusts (TRUST_PROXY), so this is never the value a client sent itself.
 */
export function clientAddressOf(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
