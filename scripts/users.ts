/**
 * Account administration from the command line:
 *   npm run users:grant-role -- <email> <role>
 * e.g. the first administrator of a production installation, after they signed up and confirmed
 * their address. Roles: applicant, instructor, antenna_manager, committee_member, funder, admin.
 * On PGlite this refuses to run while the app owns the directory (stop the app first).
 */
import { existsSync } from "node:fs";
import { type GrantRoleRefusal, grantRole } from "../app/features/auth/index.server";
import { roles } from "../app/features/auth/roles";
import { attempt } from "../app/platform/commands/outcome";
import { openDatabase } from "../app/platform/db/client.server";
import { migrateDatabase } from "../app/platform/db/migrate.server";
import { getEnv } from "../app/platform/env.server";

if (existsSync(".env")) process.loadEnvFile(".env");

const [email, role] = process.argv.slice(2);
if (!email || !role) {
  console.error(`Usage : npm run users:grant-role -- <email> <${roles.join("|")}>`);
  process.exit(2);
}
const messages: Record<GrantRoleRefusal, string> = {
  unknown_role: `Rôle inconnu « ${role} ». Rôles possibles : ${roles.join(", ")}.`,
  unknown_user: `Aucun compte n'utilise l'adresse ${email} : la personne doit d'abord créer son compte.`,
  unverified_email: `L'adresse ${email} n'est pas encore confirmée : la personne doit d'abord ouvrir le lien reçu par courriel.`,
};
try {
  const env = getEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await migrateDatabase(database);
    const result = await attempt(() => grantRole({ db: database.db, email, role, actorId: null }));
    if (!result.ok) {
      console.error(messages[result.refusal.code as GrantRoleRefusal]);
      process.exitCode = 1;
    } else {
      console.log(`${email} : rôle ${result.value.before} → ${result.value.after}.`);
    }
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
