// What the members page shows to one member (owners also see invitations and join requests).

import type { Database } from "~/platform/db/types";
import type { OrganizationMemberContext } from "./guards.server";
import { listMembers, listPendingInvitations, listPendingJoinRequests } from "./queries.server";
import type { MembersPageData } from "./ui/members-page";

/** The members page data for the signed-in member, without the confirmation notice. */
export async function loadMembersPage(
  db: Database,
  member: OrganizationMemberContext,
): Promise<Omit<MembersPageData, "notice">> {
  const organizationId = member.organization.id;
  const owner = member.membership.role === "owner";
  const [members, invitations, joinRequests] = await Promise.all([
    listMembers(db, { organizationId, viewerId: member.user.id }),
    owner ? listPendingInvitations(db, { organizationId }) : [],
    owner ? listPendingJoinRequests(db, { organizationId }) : [],
  ]);
  return {
    organizationName: member.organization.name,
    viewerId: member.user.id,
    viewerRole: member.membership.role,
    members: members.map(({ userId, name, email, role }) => ({ userId, name, email, role })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      createdAt: invitation.createdAt.toISOString(),
      expiresAt: invitation.expiresAt.toISOString(),
    })),
    joinRequests: joinRequests.map((request) => ({
      id: request.id,
      name: request.name,
      email: request.email,
      message: request.message,
      createdAt: request.createdAt.toISOString(),
    })),
  };
}
