// Public API of the organizations feature, server part (loaders, actions, other features'
// guards): the guards of organisation pages and the staff reads with their scope.
export {
  type ApplicantContext,
  getApplicantContext,
  type OrganizationMemberContext,
  requireOrganizationForStaff,
  requireOrganizationMember,
} from "./guards.server";
export {
  getOrganizationForStaff,
  listOrganizationsForStaff,
  type Membership,
  type StaffUser,
  staffOrganizationScope,
} from "./queries.server";
