// Public API of the organizations feature, safe for the browser: other features and routes import
// only from here, from index.server.ts (guards, commands and queries for loaders and actions) and
// from ui/*.
export {
  acceptInvitationSchema,
  confirmSchema,
  switchOrganizationSchema,
} from "./applicant-actions.schema";
export * from "./budget-bands";
export { joinRequestSchema, registryQueryError } from "./join-request.schema";
export {
  decideJoinRequestSchema,
  inviteSchema,
  revokeInvitationSchema,
} from "./member-actions.schema";
export * from "./organization.schema";
export {
  buildOrganizationProfileSchema,
  type OrganizationProfile,
} from "./organization-profile.schema";
export { formValuesFromRecord, type OrganizationRecord } from "./organization-record";
export {
  canLeave,
  canRemoveMember,
  canTransferOwnership,
  type MemberPermission,
  memberCan,
  staffCanSee,
  staffReachOf,
} from "./permissions";
export { memberRuleMessages, type OrganizationRefusalCode } from "./refusals";
export { prefillFromEntry } from "./registry-prefill";
export { invitationState, type MemberRole, memberRoles } from "./rules";
