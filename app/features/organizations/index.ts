// Public API of the organizations feature: other features import only from here.
export * from "./budget-bands";
export { OrganizationError, type OrganizationErrorCode } from "./errors";
export {
  type ApplicantContext,
  getApplicantContext,
  type OrganizationMemberContext,
  registryClientFor,
  requireOrganizationForStaff,
  requireOrganizationMember,
} from "./guards.server";
export * from "./identifiers";
export * from "./luhn";
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
export type {
  RegistryClient,
  RegistrySearch,
  RegistryUnavailableReason,
} from "./registry/registry-client.server";
export type { RegistryEntry } from "./registry/registry-response";
export { type MemberRole, memberRoles } from "./rules";
