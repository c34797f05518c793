/**
 * Request counters of the rate limits the application applies itself (better-auth keeps its own
 * in `rate_limit`). One row per key and fixed window, so that every app instance sees the same
 * counts (app/platform/rate-limit).
 */
import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    /** What is limited and for whom, e.g. "diagnostic-start:203.0.113.7". */
    key: text("key").notNull(),
    /** Start of the fixed window the hits fall in. */
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
