/** The application's services on an isolated test database, with the outbox in a temp dir. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { executeRawSql } from "../../app/platform/db/raw-sql.server";
import { parseEnv } from "../../app/platform/env.server";
import { createLogger } from "../../app/platform/logger.server";
import { createServices, type Services } from "../../app/services.server";
import { createTestDatabase } from "./test-database";

/**
 * Starts the services (jobs worker included) for one test file. Authentication rate limits are
 * lifted to 1000 a minute unless `RATE_LIMIT_MAX` says otherwise (`"default"`: the real ones).
 */
export async function createTestServices(
  overrides: Record<string, string> = {},
): Promise<Services & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "digitess-test-"));
  const env = parseEnv({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    APP_URL: "http://localhost:3999",
    DEMO_SEED: "false",
    LOG_LEVEL: "silent",
    ...overrides,
  });
  const database = await createTestDatabase();
  const services = await createServices(env, createLogger(env.LOG_LEVEL), {
    database,
    ...(overrides.RATE_LIMIT_MAX === "default"
      ? {}
      : { rateLimitMax: Number(overrides.RATE_LIMIT_MAX ?? 1000) }),
  });
  return {
    ...services,
    dataDir,
    // A job still running when a test file ends (a PDF rendered on a loaded CI) gets 30 s to
    // finish before the database closes under it (the app's own stop waits 8 s).
    async close() {
      await services.jobs.stop(30_000);
      await services.close();
    },
  };
}

/** Waits until `check` returns a value (polling), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the job queue has no job waiting or running (a command's e-mails and documents
 * are jobs: a test that counts rows waits for them first).
 */
export async function jobsSettled(services: Services, timeoutMs = 20_000): Promise<void> {
  await eventually(async () => {
    const { rows } = await executeRawSql(
      services.db,
      "select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and name not like '\\_\\_pgboss%'",
    );
    return (rows[0] as { n: number } | undefined)?.n === 0;
  }, timeoutMs);
}
