/**
 * Database maintenance from the command line: `npm run db:migrate`, `npm run db:seed`.
 * On PGlite these refuse to run while the app owns the directory (one owner process).
 */
import { existsSync } from "node:fs";
import { openDatabase } from "../app/platform/db/client.server";
import { migrateDatabase } from "../app/platform/db/migrate.server";
import { getEnv } from "../app/platform/env.server";
import { createLogger } from "../app/platform/logger.server";
import { createServices } from "../app/services.server";

if (existsSync(".env")) process.loadEnvFile(".env");

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("Usage: tsx scripts/db.ts migrate|seed");
  process.exit(2);
}
try {
  const env = getEnv();
  if (command === "seed" && !env.DEMO_SEED) {
    console.error("Pas de données de démonstration en production. / No demo data in production.");
    process.exit(1);
  }
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  if (command === "seed") {
    // The services migrate and seed the demo, whose applications need the file store and the
    // job queue (db/seed/applications.ts); close() closes the database.
    const services = await createServices(env, createLogger(env.LOG_LEVEL), { database });
    await services.close();
    console.log("Base migrée et données de démonstration créées.");
  } else {
    try {
      await migrateDatabase(database);
      console.log("Base migrée.");
    } finally {
      await database.close();
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
