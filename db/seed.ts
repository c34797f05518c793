/**
 * Demo data: one named account per role (never in production: the caller checks DEMO_SEED,
 * which the environment refuses in production). Idempotent: running it twice changes nothing.
 */
import type { Role } from "../app/features/auth/roles";
import { appendAuditEvent } from "../app/platform/audit.server";
import type { Database } from "../app/platform/db/types";
import { buildUser } from "../tests/factories/users";
import { type DemoApplicationServices, seedApplications } from "./seed/applications";
import { seedCommittees } from "./seed/committees";
import { seedDiagnostics } from "./seed/diagnostics";
import { seedMaturity } from "./seed/maturity";
import { seedOrganizations } from "./seed/organizations";
import { DEMO_PASSWORD } from "./seed/password";
import { seedPrograms } from "./seed/programs";
import { seedSupports } from "./seed/supports";

export { DEMO_PASSWORD };

export const demoAccounts: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "mme.martin@demo.digitess.fr", name: "Mme Nadia Martin", role: "applicant" },
  { email: "karim.benali@demo.digitess.fr", name: "Karim Benali", role: "instructor" },
  { email: "sophie.durand@demo.digitess.fr", name: "Sophie Durand", role: "antenna_manager" },
  // Runs the Lyon antenna: reviewing is scoped, so a second antenna shows where the scope ends.
  { email: "lucas.garnier@demo.digitess.fr", name: "Lucas Garnier", role: "antenna_manager" },
  { email: "paul.lefevre@demo.digitess.fr", name: "Paul Lefèvre", role: "committee_member" },
  // Committees (issue 14): a funder-side and a second operator-side member (db/seed/committees.ts).
  { email: "ines.carpentier@demo.digitess.fr", name: "Inès Carpentier", role: "committee_member" },
  { email: "thomas.roux@demo.digitess.fr", name: "Thomas Roux", role: "committee_member" },
  { email: "claire.moreau@demo.digitess.fr", name: "Claire Moreau", role: "funder" },
  { email: "admin@demo.digitess.fr", name: "Alex Admin", role: "admin" },
];

/**
 * Creates the demo accounts that do not exist yet, the programme, the organisations and their
 * diagnostics; with the file store and the job queue, also the submitted applications that staff
 * review (db/seed/applications.ts), the next committee session with the ready ones on its
 * agenda (db/seed/committees.ts), then a session closed six weeks ago whose accepted application
 * has its support planned at the Marseille antenna (db/seed/supports.ts), and a session held a
 * year ago whose supports are closed, with the structures' diagnostics before and after them for
 * the steering dashboard (db/seed/maturity.ts).
 */
export async function seedDemo(db: Database, services?: DemoApplicationServices): Promise<void> {
  await db.transaction(async (tx) => {
    for (const demo of demoAccounts) {
      const existing = await tx.query.user.findFirst({
        where: (u, { eq }) => eq(u.email, demo.email),
        columns: { id: true },
      });
      if (existing) continue;
      const id = await buildUser(tx, { ...demo, password: DEMO_PASSWORD });
      await appendAuditEvent(tx, {
        actorId: null,
        entityType: "user",
        entityId: id,
        action: "user.seeded",
        after: { email: demo.email, role: demo.role },
      });
    }
  });
  await seedPrograms(db);
  await seedOrganizations(db);
  await seedDiagnostics(db);
  if (services) {
    await seedApplications(db, services);
    await seedCommittees(db);
    await seedSupports(db, services);
    await seedMaturity(db, services);
  }
}
