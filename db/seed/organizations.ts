/**
 * Demo organisation: Le Toit Partagé, a 1901-law association in Marseille (13) working on
 * housing, created in 2015, with Mme Martin (the applicant persona) as its owner. Idempotent.
 */
import { appendAuditEvent } from "../../app/platform/audit.server";
import type { Database } from "../../app/platform/db/types";
import { buildOrganization } from "../../tests/factories/organizations";

/** The demo association's identity (a fictitious SIREN that passes the Luhn check). */
export const demoOrganization = {
  name: "Le Toit Partagé",
  siren: "888123452",
  siret: "88812345200011",
  rna: "W133000123",
  legalFormCode: "9220",
  creationDate: "2015-06-15",
  addressLine: "24 rue des Petites Maries",
  postcode: "13001",
  commune: "Marseille",
  departement: "13",
  region: "Provence-Alpes-Côte d'Azur",
  essMember: true,
  esusApproved: false,
  website: "https://www.le-toit-partage.example",
  employees: 3,
  volunteers: 25,
  budgetBand: "from_50k_to_200k",
  actionAxes: ["housing"],
  otherActions: null,
} as const;

const OWNER_EMAIL = "mme.martin@demo.digitess.fr";

/** Creates Le Toit Partagé with Mme Martin as owner, unless it exists already. */
export async function seedOrganizations(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const existing = await tx.query.organizations.findFirst({
      where: (o, { eq }) => eq(o.siren, demoOrganization.siren),
      columns: { id: true },
    });
    if (existing) return;
    const owner = await tx.query.user.findFirst({
      where: (u, { eq }) => eq(u.email, OWNER_EMAIL),
      columns: { id: true },
    });
    if (!owner) return;
    const { organizationId } = await buildOrganization(tx, {
      ...demoOrganization,
      actionAxes: [...demoOrganization.actionAxes],
      ownerId: owner.id,
    });
    await appendAuditEvent(tx, {
      actorId: null,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.seeded",
      after: { name: demoOrganization.name, owner: owner.id },
    });
  });
}
