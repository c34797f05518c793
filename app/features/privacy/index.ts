// Public API of the privacy feature, browser-safe part (issue 12, ADR 0012): retention rules,
// what deletion erases or keeps, the archive's layout, the forms' schemas. Named exports, so
// that a page importing a rule is not counted as rendering the forms' messages.
export {
  type DataFate,
  DELETED_ACCOUNT_NAME,
  type DeletedBy,
  deletedAccountEmail,
  type MembershipAtDeletion,
  type MembershipOutcome,
  membershipOutcome,
  referencesWithFate,
  type UserReference,
  userReferences,
} from "./erasure";
export {
  attachmentEntryName,
  PERSONAL_EXPORT_FORMAT,
  PERSONAL_EXPORT_KIND,
  personalExportFileName,
  safeSegment,
} from "./export-layout";
export {
  adminDeleteSchema,
  adminSearchSchema,
  deleteOwnAccountSchema,
  requestExportSchema,
} from "./privacy.schema";
export {
  closedWithoutFundingStates,
  exportAvailableUntil,
  isExpired,
  type RetentionCutoffs,
  type RetentionPolicy,
  retentionCutoffs,
  retentionPolicyOf,
  unsentStates,
} from "./retention";
