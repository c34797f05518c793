// A person accepts an invitation, either with the mailed token or, from their space, as the
// owner of the (verified) address it was sent to. Membership, the invitation's state, any
// pending request of theirs to the same organisation, and an audit event: one transaction.

import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import {
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
} from "../../../db/schema";
import { findMemberRole, lockOrganization } from "./membership.server";
import { hashToken } from "./queries.server";
import { refuseStale } from "./refusals";
import { invitationState, normalizeEmail } from "./rules";

export type AcceptInvitationOptions = {
  db: Database;
  actor: { id: string; email: string };
  /** The token of the mailed link, or the invitation id when the actor's address matches. */
  invitation: { token: string } | { id: string };
  now?: Date;
  requestId?: string | null;
};

/**
 * Makes the actor a member; throws NotFound, refuses stale when expired, revoked or used, and
 * other_address when the actor's address is not the invited one.
 */
export async function acceptInvitation(
  options: AcceptInvitationOptions,
): Promise<{ organizationId: string; alreadyMember: boolean }> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const where =
    "token" in options.invitation
      ? eq(organizationInvitations.tokenHash, hashToken(options.invitation.token))
      : and(
          eq(organizationInvitations.id, options.invitation.id),
          eq(organizationInvitations.email, normalizeEmail(actor.email)),
        );
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ organizationId: organizationInvitations.organizationId })
      .from(organizationInvitations)
      .where(where);
    if (!found) notFoundError("invitation");
    const organizationId = found.organizationId;
    // Read the invitation again once the organisation is locked: a concurrent acceptance of the
    // same link has committed by then, and this one sees it as used.
    await lockOrganization(tx, organizationId);
    const [invitation] = await tx.select().from(organizationInvitations).where(where);
    if (!invitation) notFoundError("invitation");
    if (invitationState(invitation, now) !== "pending") refuseStale();
    // The link is for one address: another signed-in account that opens it (a forwarded mail, a
    // shared computer) must not become a member with access to the applications and files.
    if (invitation.email !== normalizeEmail(actor.email)) {
      refuse({
        code: "other_address",
        message: "organizations.refusal.otherAddress",
        params: { email: invitation.email },
      });
    }
    const alreadyMember = (await findMemberRole(tx, { organizationId, userId: actor.id })) !== null;
    if (!alreadyMember) {
      await tx
        .insert(organizationMembers)
        .values({ organizationId, userId: actor.id, role: "member", joinedAt: now });
    }
    await tx
      .update(organizationInvitations)
      .set({ acceptedAt: now, acceptedBy: actor.id })
      .where(eq(organizationInvitations.id, invitation.id));
    await tx
      .update(organizationJoinRequests)
      .set({ status: "accepted", decidedAt: now, decidedBy: actor.id })
      .where(
        and(
          eq(organizationJoinRequests.organizationId, organizationId),
          eq(organizationJoinRequests.userId, actor.id),
          eq(organizationJoinRequests.status, "pending"),
        ),
      );
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.invitation_accepted",
      before: { invitationId: invitation.id, state: "pending" },
      after: { invitationId: invitation.id, state: "accepted", userId: actor.id, alreadyMember },
      requestId: options.requestId,
    });
    return { organizationId, alreadyMember };
  });
}
