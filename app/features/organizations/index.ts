// Public API of the organizations feature, safe for the browser: other features import only from
// here and from index.server.ts (guards and queries for loaders and actions).
export * from "./budget-bands";
export { OrganizationError, type OrganizationErrorCode } from "./errors";
export * from "./organization.schema";
export type { OrganizationProfile } from "./organization-profile.schema";
export type { OrganizationRecord } from "./organization-record";
export { type MemberPermission, memberCan, staffCanSee, staffReachOf } from "./permissions";
export { type MemberRole, memberRoles } from "./rules";
