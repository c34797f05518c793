/**
 * Runs the job workers in their own process (PostgreSQL only: PGlite has one owner process, so
 * there the worker always runs inside the web process). Stops gracefully on SIGTERM.
 */
import { existsSync } from "node:fs";
import { allJobs } from "../app/jobs.server";
import { openDatabase } from "../app/platform/db/client.server";
import { migrateDatabase } from "../app/platform/db/migrate.server";
import { createOutboxTransport, createSmtpTransport } from "../app/platform/email/transport.server";
import { EnvError, getEnv } from "../app/platform/env.server";
import { createJobQueue } from "../app/platform/jobs/queue.server";
import { createLogger } from "../app/platform/logger.server";

if (existsSync(".env")) process.loadEnvFile(".env");

try {
  const env = getEnv();
  if (!env.DATABASE_URL) {
    console.error(
      "npm run worker a besoin de PostgreSQL (DATABASE_URL) : avec la base embarquée, le worker tourne dans l'application (npm start).\n" +
        "npm run worker needs PostgreSQL (DATABASE_URL): with the embedded database the worker runs inside the app (npm start).",
    );
    process.exit(1);
  }
  const logger = createLogger(env.LOG_LEVEL);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await migrateDatabase(database);
  const mail = env.SMTP_URL
    ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM)
    : createOutboxTransport(`${env.DATA_DIR}/mail`, env.MAIL_FROM);
  const jobs = createJobQueue(database, logger);
  await jobs.start(allJobs);
  await jobs.work(allJobs, { db: database.db, mail, logger, appUrl: env.APP_URL });
  logger.info({ jobs: allJobs.map((j) => j.name) }, "worker started");
  const stop = async () => {
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
} catch (error) {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
}
