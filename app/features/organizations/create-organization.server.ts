// Registers an organisation and makes its creator the owner, in one transaction with its audit
// event. One organisation, one record: a SIREN or RNA number registered already is refused with
// the existing organisation's id, so that the page can offer to ask to join it.

import { appendAuditEvent } from "~/platform/audit.server";
import { isUniqueViolation } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { organizationMembers, organizations } from "../../../db/schema";
import type { OrganizationProfile } from "./organization-profile.schema";
import { columnsFromProfile } from "./organization-record";
import { findRegisteredOrganization } from "./queries.server";
import { refuseAlreadyRegistered } from "./refusals";

export type CreateOrganizationOptions = {
  db: Database;
  actorId: string;
  profile: OrganizationProfile;
  requestId?: string | null;
};

/** Creates the organisation and its owner membership; refuses already_registered. */
export async function createOrganization(
  options: CreateOrganizationOptions,
): Promise<{ organizationId: string }> {
  const { db, actorId } = options;
  const columns = columnsFromProfile(options.profile);
  const identifiers = { siren: columns.siren, rna: columns.rna };
  try {
    return await db.transaction(async (tx) => {
      const existing = await findRegisteredOrganization(tx, identifiers);
      if (existing) refuseAlreadyRegistered(existing.field, existing.id);
      const [created] = await tx
        .insert(organizations)
        .values({ ...columns, createdBy: actorId })
        .returning({ id: organizations.id });
      if (!created) throw new Error("organisation not inserted");
      await tx
        .insert(organizationMembers)
        .values({ organizationId: created.id, userId: actorId, role: "owner" });
      await appendAuditEvent(tx, {
        actorId,
        entityType: "organization",
        entityId: created.id,
        action: "organization.created",
        after: { ...columns, owner: actorId },
        requestId: options.requestId,
      });
      return { organizationId: created.id };
    });
  } catch (error) {
    // Two people registering the same SIREN at the same instant: the unique index decides.
    if (!isUniqueViolation(error)) throw error;
    const existing = await findRegisteredOrganization(db, identifiers);
    refuseAlreadyRegistered(existing?.field ?? "siret", existing?.id);
  }
}
