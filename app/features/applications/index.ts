// Public API of the applications feature, browser-safe part: other features import only from
// here and from index.server.ts (commands and queries for loaders and actions). The two are kept
// apart because a client module that imports a *.server module anywhere in its re-exports fails
// the build ("Server-only module referenced by client"), even when it only uses a label.
// The staff application file (features/review, issue 13) reads submissions, current values and
// the documents each level expects through the draft, format, rules and snapshot exports.

export { type Actor, toActor } from "./actor";
export type { ApplicationValues } from "./application.schema";
export * from "./application-number";
export * from "./correction";
export { type CorrectionSnapshot, correctionSnapshotOf } from "./correction-snapshot";
export { readDraftData, stepFieldNames, validateApplication } from "./draft";
export { formatBytes } from "./format";
export * from "./labels";
export { messageToken } from "./message-token";
export type { ProgramConfig } from "./program-config";
export {
  ATTACHMENT_MAX_BYTES,
  acceptedMimeType,
  allowedAttachmentKinds,
  contentDisposition,
  displayFileName,
  type FormStep,
  formSteps,
  type LevelKind,
  levelKinds,
  levelRequiresCost,
  requiredAttachmentKinds,
  type StoredAttachmentKind,
} from "./rules";
export type { SnapshotAttachment, SnapshotLevel, SubmissionSnapshot } from "./snapshot";
export * from "./state-machine";
