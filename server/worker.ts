/**
 * Runs the job workers and the schedules in their own process (PostgreSQL only: PGlite has one
 * owner process, so there the worker always runs inside the web process). The services are the
 * web process's (app/services.server.ts), built for the "worker" role. Stops gracefully on SIGTERM.
 */
import { existsSync } from "node:fs";
import { allJobs } from "../app/jobs.server";
import { EnvError, getEnv } from "../app/platform/env.server";
import { createLogger } from "../app/platform/logger.server";
import { createServices } from "../app/services.server";

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
  const services = await createServices(env, logger, { role: "worker" });
  logger.info({ jobs: allJobs.map((j) => j.name) }, "worker started");
  const stop = async () => {
    await services.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
} catch (error) {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
}
