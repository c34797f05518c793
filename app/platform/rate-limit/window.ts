/**
 * The fixed-window rule of our rate limits, pure: time is cut into windows of `windowMs` aligned
 * on the epoch, at most `limit` hits count in one window, and a refused caller may try again when
 * the window ends. Aligned windows let every instance agree on the window without talking to
 * each other; the cost is that a burst across a boundary may reach twice the limit.
 */

export type RateLimitPolicy = {
  /** Hits allowed in one window. */
  readonly limit: number;
  /** Length of a window in milliseconds. */
  readonly windowMs: number;
};

export type RateLimitDecision =
  | { readonly allowed: true; readonly remaining: number }
  | {
      readonly allowed: false;
      /** When the current window ends and a new hit will be counted again. */
      readonly retryAt: Date;
      /** Whole seconds until `retryAt`, at least 1 (the `Retry-After` header). */
      readonly retryAfterSeconds: number;
    };

/** Start of the window `now` falls in. */
export function windowStartOf(now: Date, policy: RateLimitPolicy): Date {
  const time = now.getTime();
  return new Date(time - (((time % policy.windowMs) + policy.windowMs) % policy.windowMs));
}

/** Decides on a hit, given how many hits its window holds once it is counted (`hits` >= 1). */
export function decide(hits: number, now: Date, policy: RateLimitPolicy): RateLimitDecision {
  if (hits <= policy.limit) return { allowed: true, remaining: policy.limit - hits };
  const retryAt = new Date(windowStartOf(now, policy).getTime() + policy.windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return { allowed: false, retryAt, retryAfterSeconds };
}
