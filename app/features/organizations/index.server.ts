// Public API of the organizations feature, server part (loaders, actions, other features'
// guards): the guards of organisation pages, the commands, and the reads with their scope.
export { acceptInvitation } from "./accept-invitation.server";
export { listActionAxes } from "./action-axes.server";
export { loadApplicantHome } from "./applicant-home.server";
export { createOrganization } from "./create-organization.server";
export { decideJoinRequest } from "./decide-join-request.server";
export {
  type ApplicantContext,
  type OrganizationMemberContext,
  redirectAsNewMember,
  requireApplicantContext,
  requireOrganizationForStaff,
  requireOrganizationMember,
  setActiveOrganization,
} from "./guards.server";
export { inviteMember } from "./invite-member.server";
export { leaveOrganization } from "./leave-organization.server";
export { loadMembersPage } from "./members-page.server";
export { countOwners } from "./membership.server";
export {
  findInvitationByToken,
  findRegisteredSirens,
  getJoinableOrganization,
  getOrganizationForStaff,
  listMembers,
  listOrganizationsForStaff,
  type Membership,
  type StaffUser,
  staffOrganizationScope,
} from "./queries.server";
export { removeMember } from "./remove-member.server";
export { requestToJoin } from "./request-to-join.server";
export { revokeInvitation } from "./revoke-invitation.server";
export { loadStaffOrganizationPage } from "./staff-organization.server";
export { transferOwnership } from "./transfer-ownership.server";
export { updateOrganization } from "./update-organization.server";
