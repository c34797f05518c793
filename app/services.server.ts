/**
 * The composition root: opens the database, migrates it, wires mail, jobs and auth, starts the
 * in-process worker and seeds the demo. The Node server creates these services once and hands
 * them to every loader and action through the load context (never through module state, so
 * that the server and the built app cannot open the database twice).
 */
import path from "node:path";
import { type Auth, createAuth } from "~/features/auth/auth.server";
import { openDatabase } from "~/platform/db/client.server";
import { migrateDatabase } from "~/platform/db/migrate.server";
import type { Database, DatabaseHandle } from "~/platform/db/types";
import {
  createOutboxTransport,
  createSmtpTransport,
  type MailTransport,
} from "~/platform/email/transport.server";
import type { Env } from "~/platform/env.server";
import { createJobQueue, type JobQueue } from "~/platform/jobs/queue.server";
import type { Logger } from "~/platform/logger.server";
import {
  createDatabaseRegistryCache,
  createRegistryClient,
  type RegistryClient,
} from "~/platform/registry/index.server";
import { seedDemo } from "../db/seed";
import { allJobs } from "./jobs.server";

export type Services = {
  env: Env;
  logger: Logger;
  database: DatabaseHandle;
  db: Database;
  mail: MailTransport;
  /** Directory of the on-disk outbox, or null when mail goes through SMTP. */
  outboxDir: string | null;
  jobs: JobQueue;
  auth: Auth;
  /** The company registry client (REGISTRY_API_URL, 3 s timeout, answers cached in the database). */
  registry: RegistryClient;
  close(): Promise<void>;
};

/** Opens every service the application needs; `close()` releases them in order. */
export async function createServices(
  env: Env,
  logger: Logger,
  overrides: { database?: DatabaseHandle; rateLimitMax?: number } = {},
): Promise<Services> {
  const database =
    overrides.database ?? (await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }));
  try {
    await migrateDatabase(database);
    const outboxDir = env.SMTP_URL ? null : path.resolve(env.DATA_DIR, "mail");
    const mail = env.SMTP_URL
      ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM)
      : createOutboxTransport(outboxDir as string, env.MAIL_FROM);
    const jobs = createJobQueue(database, logger);
    await jobs.start(allJobs);
    // On PGlite the worker must live in this process: no other process may open the database.
    if (env.RUN_WORKER || database.driver === "pglite") {
      await jobs.work(allJobs, { db: database.db, mail, logger, appUrl: env.APP_URL });
    }
    const auth = createAuth({
      db: database.db,
      jobs,
      baseUrl: env.APP_URL,
      secret: env.BETTER_AUTH_SECRET,
      rateLimitMax: overrides.rateLimitMax ?? env.AUTH_RATE_LIMIT_MAX,
    });
    if (env.DEMO_SEED) await seedDemo(database.db);
    return {
      env,
      logger,
      database,
      db: database.db,
      mail,
      outboxDir,
      jobs,
      auth,
      registry: createRegistryClient({
        baseUrl: env.REGISTRY_API_URL,
        cache: createDatabaseRegistryCache(database.db),
        logger,
      }),
      async close() {
        await jobs.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
