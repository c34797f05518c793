// An owner hands the organisation to another member: the member becomes its owner and the
// former owner stays a plain member.

import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { organizationMembers } from "../../../db/schema";
import { findMemberRole, lockOrganization } from "./membership.server";
import { canTransferOwnership } from "./permissions";
import { refuseMemberRule } from "./refusals";
import type { MemberRole } from "./rules";

export type TransferOwnershipOptions = {
  db: Database;
  actorId: string;
  organizationId: string;
  targetUserId: string;
  requestId?: string | null;
};

/** Swaps the roles; throws NotFound, or refuses not_owner, self or target_is_owner. */
export async function transferOwnership(options: TransferOwnershipOptions): Promise<void> {
  const { db, actorId, organizationId, targetUserId } = options;
  await db.transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const actorRole = await findMemberRole(tx, { organizationId, userId: actorId });
    const targetRole = await findMemberRole(tx, { organizationId, userId: targetUserId });
    if (!actorRole || !targetRole) notFoundError("member");
    const verdict = canTransferOwnership({
      actorRole,
      actorId,
      targetId: targetUserId,
      targetRole,
    });
    if (!verdict.ok) refuseMemberRule(verdict.reason);
    const setRole = (userId: string, role: MemberRole) =>
      tx
        .update(organizationMembers)
        .set({ role })
        .where(
          and(
            eq(organizationMembers.organizationId, organizationId),
            eq(organizationMembers.userId, userId),
          ),
        );
    await setRole(targetUserId, "owner");
    await setRole(actorId, "member");
    await appendAuditEvent(tx, {
      actorId,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.ownership_transferred",
      before: { owner: actorId },
      after: { owner: targetUserId },
      requestId: options.requestId,
    });
  });
}
