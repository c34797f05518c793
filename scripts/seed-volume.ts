/**
 * Volume seed (issue 16): `npm run seed:volume -- --organizations 20000 --applications 100000
 * --seed 42` fills the database of DATABASE_URL, or the PGlite directory of DATA_DIR (refused
 * while the app owns it: the same lock as scripts/db.ts), with deterministic, realistic data.
 * Re-running it with the same arguments inserts nothing. Never on a production database.
 */
import { existsSync } from "node:fs";
import { openDatabase } from "../app/platform/db/client.server";
import { migrateDatabase } from "../app/platform/db/migrate.server";
import { getEnv } from "../app/platform/env.server";
import { parseVolumeArgs } from "./volume/args";
import { skippedTables } from "./volume/generators";
import { VOLUME_PASSWORD } from "./volume/generators/organizations";
import { formatDuration, startProgress } from "./volume/progress";
import { seedVolume } from "./volume/run";

if (existsSync(".env")) process.loadEnvFile(".env");

const parsed = parseVolumeArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.error);
  console.error(
    "Usage: npm run seed:volume -- [--organizations 20000] [--applications 100000] [--seed 42] [--batch 1000]",
  );
  process.exit(2);
}
try {
  const env = getEnv();
  if (!env.DEMO_SEED) {
    console.error("Pas de volume en production. / No volume data in production (DEMO_SEED=false).");
    process.exit(1);
  }
  const started = performance.now();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrateDatabase(database);
    const result = await seedVolume(database.db, parsed.plan, {
      batch: parsed.batch,
      report: (name, total) => startProgress(name, total),
    });
    for (const { table, total, inserted } of result) {
      console.log(`${table}: ${inserted} inserted (${total - inserted} already there)`);
    }
    for (const { name, note } of skippedTables) console.log(`skipped ${name}: ${note}`);
    console.log(
      `Volume ready on ${database.driver} in ${formatDuration((performance.now() - started) / 1000)}; members sign in with the password ${VOLUME_PASSWORD}.`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  // Drizzle's message repeats the whole failed statement: its cause says what went wrong.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  console.error(cause instanceof Error ? cause.message.slice(0, 2000) : cause);
  process.exit(1);
}
