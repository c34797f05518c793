// Saves the profile of an organisation for one of its members, with an audit event listing the
// fields that changed. A SIRET or RNA number belonging to another organisation is refused.

import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { isUniqueViolation, notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { organizations } from "../../../db/schema";
import { lockOrganization, requireMemberPermission } from "./membership.server";
import type { OrganizationProfile } from "./organization-profile.schema";
import { changedColumns, columnsFromProfile } from "./organization-record";
import { findRegisteredOrganization } from "./queries.server";
import { refuseAlreadyRegistered } from "./refusals";

export type UpdateOrganizationOptions = {
  db: Database;
  actorId: string;
  organizationId: string;
  profile: OrganizationProfile;
  requestId?: string | null;
};

/** Updates the profile, returns whether it changed; throws NotFound, refuses already_registered. */
export async function updateOrganization(
  options: UpdateOrganizationOptions,
): Promise<{ changed: boolean }> {
  const { db, actorId, organizationId } = options;
  const columns = columnsFromProfile(options.profile);
  const identifiers = { siren: columns.siren, rna: columns.rna };
  const excludeOrganizationId = organizationId;
  try {
    return await db.transaction(async (tx) => {
      await lockOrganization(tx, organizationId);
      await requireMemberPermission(tx, {
        organizationId,
        userId: actorId,
        permission: "edit:organization",
      });
      const [current] = await tx
        .select()
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      if (!current) notFoundError("organization");
      const changes = changedColumns(current, columns);
      if (Object.keys(changes.after).length === 0) return { changed: false };
      const other = await findRegisteredOrganization(tx, { ...identifiers, excludeOrganizationId });
      if (other) refuseAlreadyRegistered(other.field, undefined);
      await tx
        .update(organizations)
        .set({ ...columns, updatedAt: new Date() })
        .where(eq(organizations.id, organizationId));
      await appendAuditEvent(tx, {
        actorId,
        entityType: "organization",
        entityId: organizationId,
        action: "organization.updated",
        before: changes.before,
        after: changes.after,
        requestId: options.requestId,
      });
      return { changed: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const other = await findRegisteredOrganization(db, { ...identifiers, excludeOrganizationId });
    refuseAlreadyRegistered(other?.field ?? "siret", undefined);
  }
}
