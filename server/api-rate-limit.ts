/**
 * The public API's rate limit (issue 12): each client address may make `max` requests a minute
 * to `/api/v1/*` (`API_RATE_LIMIT_MAX`, 120 by default), counted in the database so that every
 * instance shares the count (`~/platform/rate-limit`). Over the limit: 429 with `Retry-After`
 * and a JSON problem document in French, before the endpoint runs.
 */
import type { RequestHandler } from "express";
import type { Executor } from "../app/platform/db/types";
import { hitRateLimit } from "../app/platform/rate-limit/rate-limit.server";

/** The Express middleware; mount it on `/api/v1`. */
export function apiRateLimit(options: {
  db: Executor;
  max: number;
  /** The clock (tests fix it, so that no window ends during a test). */
  now?: () => Date;
}): RequestHandler {
  const policy = { limit: options.max, windowMs: 60 * 1000 };
  return (req, res, next) => {
    const address = req.ip || "unknown";
    hitRateLimit(options.db, {
      key: `api:${address}`,
      policy,
      ...(options.now ? { now: options.now() } : {}),
    })
      .then((decision) => {
        if (decision.allowed) {
          res.setHeader("RateLimit-Limit", String(policy.limit));
          res.setHeader("RateLimit-Remaining", String(decision.remaining));
          return next();
        }
        res
          .status(429)
          .set("Retry-After", String(decision.retryAfterSeconds))
          .set("Cache-Control", "no-store")
          .type("application/problem+json")
          .send(
            JSON.stringify({
              type: "about:blank",
              title: "Trop de requêtes",
              status: 429,
              detail: `Cette adresse a fait plus de ${policy.limit} requêtes en une minute à l'API. Réessayez dans ${decision.retryAfterSeconds} s.`,
            }),
          );
      })
      .catch(next);
  };
}
