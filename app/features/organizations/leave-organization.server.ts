// A member leaves an organisation. Its last owner cannot: someone must be able to manage it.

import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { organizationMembers } from "../../../db/schema";
import { countOwners, findMemberRole, lockOrganization } from "./membership.server";
import { canLeave } from "./permissions";
import { refuseMemberRule } from "./refusals";

export type LeaveOrganizationOptions = {
  db: Database;
  actorId: string;
  organizationId: string;
  requestId?: string | null;
};

/** Removes the actor's membership; throws NotFound, or refuses last_owner. */
export async function leaveOrganization(options: LeaveOrganizationOptions): Promise<void> {
  const { db, actorId, organizationId } = options;
  await db.transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const role = await findMemberRole(tx, { organizationId, userId: actorId });
    if (!role) notFoundError("membership");
    const verdict = canLeave({ role, ownerCount: await countOwners(tx, organizationId) });
    if (!verdict.ok) refuseMemberRule(verdict.reason);
    await tx
      .delete(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, organizationId),
          eq(organizationMembers.userId, actorId),
        ),
      );
    await appendAuditEvent(tx, {
      actorId,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.member_left",
      before: { userId: actorId, role },
      requestId: options.requestId,
    });
  });
}
