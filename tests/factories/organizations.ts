/**
 * Builds organisations, memberships and staff scopes (shared by the seed and the tests,
 * examples.md #13). Missing parents are created: an organisation without an owner gets a new
 * applicant as owner; an antenna scope gets its programme and antenna.
 */
import { randomUUID } from "node:crypto";
import type { OrganizationColumns } from "../../app/features/organizations/organization-record";
import type { MemberRole } from "../../app/features/organizations/rules";
import type { Executor } from "../../app/platform/db/types";
import {
  antennas,
  organizationMembers,
  organizations,
  programs,
  staffScopes,
} from "../../db/schema";
import { buildUser } from "./users";

export type OrganizationInput = Partial<OrganizationColumns> & {
  /** The owner; a new verified applicant is created when absent. */
  ownerId?: string;
};

/** A small Marseille association (housing axis), overridable field by field. */
export const defaultOrganization: OrganizationColumns = {
  siren: null,
  siret: null,
  rna: null,
  name: "Association de test",
  legalFormCode: "9220",
  legalFormChoice: null,
  creationDate: "2015-06-15",
  addressLine: "1 rue de la République",
  postcode: "13001",
  commune: "Marseille",
  departement: "13",
  region: "Provence-Alpes-Côte d'Azur",
  essMember: true,
  esusApproved: false,
  website: null,
  employees: 2,
  volunteers: 10,
  budgetBand: "from_10k_to_50k",
  actionAxes: ["housing"],
  otherActions: null,
};

/** Inserts an organisation and its owner's membership; returns both ids. */
export async function buildOrganization(
  executor: Executor,
  input: OrganizationInput = {},
): Promise<{ organizationId: string; ownerId: string }> {
  const { ownerId: givenOwner, ...columns } = input;
  const ownerId =
    givenOwner ??
    (await buildUser(executor, {
      email: `responsable-${randomUUID()}@exemple.fr`,
      name: "Responsable de test",
    }));
  const [created] = await executor
    .insert(organizations)
    .values({ ...defaultOrganization, ...columns, createdBy: ownerId })
    .returning({ id: organizations.id });
  if (!created) throw new Error("organisation not inserted");
  await addMember(executor, { organizationId: created.id, userId: ownerId, role: "owner" });
  return { organizationId: created.id, ownerId };
}

/** Adds a membership. */
export async function addMember(
  executor: Executor,
  input: { organizationId: string; userId: string; role?: MemberRole },
): Promise<void> {
  await executor.insert(organizationMembers).values({
    organizationId: input.organizationId,
    userId: input.userId,
    role: input.role ?? "member",
  });
}

/** Gives a staff user an antenna covering `departements` (with its own programme). */
export async function buildAntennaScope(
  executor: Executor,
  input: { userId: string; departements: string[]; name?: string },
): Promise<{ antennaId: string }> {
  const [program] = await executor
    .insert(programs)
    .values({ slug: `programme-${randomUUID()}`, name: "Programme de test" })
    .returning({ id: programs.id });
  if (!program) throw new Error("programme not inserted");
  const [antenna] = await executor
    .insert(antennas)
    .values({
      programId: program.id,
      name: input.name ?? "Antenne de test",
      city: "Marseille",
      departements: input.departements,
    })
    .returning({ id: antennas.id });
  if (!antenna) throw new Error("antenna not inserted");
  await executor.insert(staffScopes).values({ userId: input.userId, antennaId: antenna.id });
  return { antennaId: antenna.id };
}
