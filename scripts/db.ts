/**
 * Database maintenance from the command line: `npm run db:migrate`, `npm run db:seed`.
 * On PGlite these refuse to run while the app owns the directory (one owner process).
 */
import { existsSync } from "node:fs";
import { openDatabase } from "../app/platform/db/client.server";
import { migrateDatabase } from "../app/platform/db/migrate.server";
import { getEnv } from "../app/platform/env.server";
import { seedDemo } from "../db/seed";

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
  try {
    await migrateDatabase(database);
    if (command === "seed") await seedDemo(database.db);
    console.log(
      command === "seed" ? "Base migrée et données de démonstration créées." : "Base migrée.",
    );
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
