/**
 * The composition root, shared by the web process (server/index.ts) and the separate worker
 * (server/worker.ts): opens the database, migrates it, wires mail, storage, jobs and auth, starts
 * the worker when this process runs one and, on the web process, seeds the demo. A new service is
 * added here once. The Node server creates these services once and hands them to every loader
 * and action through the load context (never through module state, so that the server and the
 * built app cannot open the database twice).
 */
import path from "node:path";
import { type Auth, createAuth } from "~/features/auth/index.server";
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
import { createDiskStorage } from "~/platform/storage/disk-storage.server";
import { checkS3Bucket, createS3Storage } from "~/platform/storage/s3-storage.server";
import type { FileStorage } from "~/platform/storage/storage";
import { parseStorageUrl } from "~/platform/storage/storage-url";
import { seedDemo } from "../db/seed";
import { DEMO_PASSWORD } from "../db/seed/password";
import { allJobs } from "./jobs.server";

export type Services = {
  env: Env;
  logger: Logger;
  database: DatabaseHandle;
  db: Database;
  mail: MailTransport;
  /** Directory of the on-disk outbox, or null when mail goes through SMTP. */
  outboxDir: string | null;
  /**
   * Attachments: in the object store of STORAGE_URL, or on disk under $DATA_DIR/uploads
   * (a scan hook can be passed here).
   */
  storage: FileStorage;
  jobs: JobQueue;
  /** Whether this process runs the job workers and the schedules. */
  runsWorker: boolean;
  auth: Auth;
  /** The company registry client (REGISTRY_API_URL, 3 s timeout, answers cached in the database). */
  registry: RegistryClient;
  close(): Promise<void>;
};

/** Which process the services are for: the web app, or the separate worker (PostgreSQL only). */
export type ServicesRole = "web" | "worker";

/** Opens every service the application needs; `close()` releases them in order. */
export async function createServices(
  env: Env,
  logger: Logger,
  overrides: {
    role?: ServicesRole;
    database?: DatabaseHandle;
    rateLimitMax?: number;
    /** Told each start-up step in plain French (`npm start` prints them). */
    progress?: (line: string) => void;
  } = {},
): Promise<Services> {
  const progress = overrides.progress ?? (() => {});
  const role = overrides.role ?? "web";
  const database =
    overrides.database ?? (await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }));
  try {
    if (role === "worker" && database.driver === "pglite") {
      throw new Error("the separate worker needs PostgreSQL: on PGlite it runs in the web process");
    }
    await migrateDatabase(database);
    progress(
      database.driver === "pglite"
        ? `Base de données intégrée (PGlite, ${path.resolve(env.DATA_DIR, "pg")}) : à jour.`
        : "Base de données PostgreSQL (DATABASE_URL) : à jour.",
    );
    const outboxDir = env.SMTP_URL ? null : path.resolve(env.DATA_DIR, "mail");
    const mail = env.SMTP_URL
      ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM)
      : createOutboxTransport(outboxDir as string, env.MAIL_FROM);
    const storage = await createStorage(env);
    // On PGlite the worker must live in the web process: no other process may open the database.
    const runsWorker = role === "worker" || env.RUN_WORKER || database.driver === "pglite";
    // Only processes that run workers watch the schedules (pg-boss's cron monitor).
    const jobs = createJobQueue(database, logger, { schedules: runsWorker });
    await jobs.start(allJobs);
    if (runsWorker) {
      await jobs.work(allJobs, {
        db: database.db,
        mail,
        storage,
        logger,
        env,
        appUrl: env.APP_URL,
        jobs,
      });
    }
    const auth = createAuth({
      db: database.db,
      jobs,
      baseUrl: env.APP_URL,
      secret: env.BETTER_AUTH_SECRET,
      rateLimitMax: overrides.rateLimitMax ?? env.AUTH_RATE_LIMIT_MAX,
    });
    if (role === "web" && env.DEMO_SEED) {
      // The demo applications store their PDFs and enqueue their receipts (db/seed/applications.ts).
      await seedDemo(database.db, { storage, jobs, appUrl: env.APP_URL });
      progress(
        `Données de démonstration : prêtes (comptes dans le README, mot de passe ${DEMO_PASSWORD} ; courriels dans ${outboxDir ?? "la boîte SMTP"}, lisibles avec npm run mail:last -- <adresse>).`,
      );
    }
    return {
      env,
      logger,
      database,
      db: database.db,
      mail,
      outboxDir,
      storage,
      jobs,
      runsWorker,
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

/** The object store when STORAGE_URL is set (shared by every instance), else the local disk. */
async function createStorage(env: Env): Promise<FileStorage> {
  const parsed = env.STORAGE_URL ? parseStorageUrl(env.STORAGE_URL) : null;
  if (!parsed) return createDiskStorage({ root: path.resolve(env.DATA_DIR, "uploads") });
  // parseEnv already refused a bad STORAGE_URL.
  if (!parsed.ok) throw new Error(`STORAGE_URL ${parsed.problem}`);
  await checkS3Bucket(parsed.location);
  return createS3Storage({
    ...parsed.location,
    incomingDir: path.resolve(env.DATA_DIR, "incoming"),
  });
}
