// An owner removes another member from the organisation.

import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { organizationMembers } from "../../../db/schema";
import { findMemberRole, lockOrganization } from "./membership.server";
import { canRemoveMember } from "./permissions";
import { refuseMemberRule } from "./refusals";

export type RemoveMemberOptions = {
  db: Database;
  actorId: string;
  organizationId: string;
  targetUserId: string;
  requestId?: string | null;
};

/** Removes the member; throws NotFound, or refuses not_owner, self or target_is_owner. */
export async function removeMember(options: RemoveMemberOptions): Promise<void> {
  const { db, actorId, organizationId, targetUserId } = options;
  await db.transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const actorRole = await findMemberRole(tx, { organizationId, userId: actorId });
    const targetRole = await findMemberRole(tx, { organizationId, userId: targetUserId });
    if (!actorRole || !targetRole) notFoundError("member");
    const verdict = canRemoveMember({ actorRole, actorId, targetId: targetUserId, targetRole });
    if (!verdict.ok) refuseMemberRule(verdict.reason);
    await tx
      .delete(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, organizationId),
          eq(organizationMembers.userId, targetUserId),
        ),
      );
    await appendAuditEvent(tx, {
      actorId,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.member_removed",
      before: { userId: targetUserId, role: targetRole },
      requestId: options.requestId,
    });
  });
}
