/**
 * Typed background jobs (examples.md #10): a name, a Zod payload schema and a handler. The
 * handler receives the platform dependencies; definitions are listed in app/jobs.server.ts.
 */
import type { z } from "zod";
import type { Database } from "~/platform/db/types";
import type { MailTransport } from "~/platform/email/transport.server";
import type { Logger } from "~/platform/logger.server";

export type JobDependencies = {
  db: Database;
  mail: MailTransport;
  logger: Logger;
  appUrl: string;
};

export type JobDefinition<Payload> = {
  name: string;
  payload: z.ZodType<Payload>;
  /** Attempts after the first failure (default 3, with exponential backoff). */
  retryLimit?: number;
  handle(payload: Payload, deps: JobDependencies): Promise<void>;
};

/** Declares a job; the identity function exists for type inference. */
export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}
