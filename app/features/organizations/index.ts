// Public API of the organizations feature: other features import only from here.
export * from "./budget-bands";
export { OrganizationError, type OrganizationErrorCode } from "./errors";
export {
  type ApplicantContext,
  getApplicantContext,
  type OrganizationMemberContext,
  requireOrganizationForStaff,
  requireOrganizationMember,
} from "./guards.server";
export * from "./organization.schema";
export type { OrganizationProfile } from "./organization-profile.schema";
export type { OrganizationRecord } from "./organization-record";
export { type MemberPermission, memberCan, staffCanSee, staffReachOf } from "./permissions";
export {
  getOrganizationForStaff,
  listOrganizationsForStaff,
  type Membership,
  type StaffUser,
  staffOrganizationScope,
} from "./queries.server";
export { type MemberRole, memberRoles } from "./rules";
