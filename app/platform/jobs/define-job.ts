/**
 * Typed background jobs (examples.md #10): a name, a Zod payload schema, a handler and, for a
 * recurring job, a cron schedule. The handler receives the platform dependencies; definitions
 * are listed in app/jobs.server.ts.
 */
import type { z } from "zod";
import type { Database } from "~/platform/db/types";
import type { MailTransport } from "~/platform/email/transport.server";
import type { Env } from "~/platform/env.server";
import type { Logger } from "~/platform/logger.server";
import type { FileStorage } from "~/platform/storage/storage";
import type { JobQueue } from "./queue.server";

export type JobDependencies = {
  db: Database;
  mail: MailTransport;
  storage: FileStorage;
  logger: Logger;
  env: Env;
  appUrl: string;
  /** The queue, for a job that enqueues others (a reminder job notifying users, issue 13). */
  jobs: JobQueue;
};

/** The time zone of every schedule: the programme's users live in mainland France. */
export const SCHEDULE_TIME_ZONE = "Europe/Paris";

export type JobDefinition<Payload> = {
  name: string;
  payload: z.ZodType<Payload>;
  /**
   * Attempts after the first failure (default 3). Each waits twice as long as the one before,
   * with jitter (pg-boss's back-off): between 1 and 2 × `retryDelaySeconds`, then 2 to 4 ×, …
   * A job whose last attempt failed stays in the failed jobs that administrators see and retry
   * (`/admin/taches`, ADR 0016).
   */
  retryLimit?: number;
  /** The first retry's base delay in seconds (default 5). */
  retryDelaySeconds?: number;
  /**
   * A cron expression (5 fields, read in Europe/Paris) for a recurring job. pg-boss keeps one
   * schedule row per job name, so the job runs once per occurrence whatever the number of
   * instances; its payload is the schema's parse of `{}`.
   */
  schedule?: string;
  handle(payload: Payload, deps: JobDependencies): Promise<void>;
};

/** Declares a job; the identity function exists for type inference. */
export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}
