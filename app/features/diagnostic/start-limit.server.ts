/**
 * How many diagnostics a visitor without an account may start: each start creates rows, so an
 * anonymous client address may start `anonymousStartLimit.limit` of them per window. Signed-in
 * users are not limited here (better-auth limits sign-ups and sign-ins).
 */
import type { Executor } from "~/platform/db/types";
import { clientAddressOf, hitRateLimit } from "~/platform/rate-limit/rate-limit.server";
import type { RateLimitDecision, RateLimitPolicy } from "~/platform/rate-limit/window";

/** 20 anonymous starts per client address and hour. */
export const anonymousStartLimit: RateLimitPolicy = { limit: 20, windowMs: 60 * 60 * 1000 };

/** Counts an anonymous start from this request's client address and decides on it. */
export function limitAnonymousStart(
  db: Executor,
  request: Request,
  now?: Date,
): Promise<RateLimitDecision> {
  return hitRateLimit(db, {
    key: `diagnostic-start:${clientAddressOf(request)}`,
    policy: anonymousStartLimit,
    now,
  });
}
