// An owner cancels a pending invitation: its link stops working.

import { and, eq, isNull } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { organizationInvitations } from "../../../db/schema";
import { lockOrganization, requireMemberPermission } from "./membership.server";
import { refuseStale } from "./refusals";

export type RevokeInvitationOptions = {
  db: Database;
  actorId: string;
  organizationId: string;
  invitationId: string;
  requestId?: string | null;
};

/** Revokes the invitation; throws NotFound, or refuses not_owner, or stale when no
 * longer pending. */
export async function revokeInvitation(options: RevokeInvitationOptions): Promise<void> {
  const { db, actorId, organizationId, invitationId } = options;
  await db.transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    await requireMemberPermission(tx, {
      organizationId,
      userId: actorId,
      permission: "invite:member",
    });
    const revoked = await tx
      .update(organizationInvitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(organizationInvitations.id, invitationId),
          eq(organizationInvitations.organizationId, organizationId),
          isNull(organizationInvitations.acceptedAt),
          isNull(organizationInvitations.revokedAt),
        ),
      )
      .returning({ email: organizationInvitations.email });
    if (revoked.length === 0) refuseStale();
    await appendAuditEvent(tx, {
      actorId,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.invitation_revoked",
      after: { invitationId, email: revoked[0]?.email },
      requestId: options.requestId,
    });
  });
}
