// Public API of the applications feature, browser-safe part: other features import only from
// here and from index.server.ts (commands and queries for loaders and actions). The two are kept
// apart because a client module that imports a *.server module anywhere in its re-exports fails
// the build ("Server-only module referenced by client"), even when it only uses a label.

export type { Actor } from "./actor";
export * from "./application-number";
export * from "./correction";
export { type CorrectionSnapshot, correctionSnapshotOf } from "./correction-snapshot";
export { readDraftData, stepFieldNames } from "./draft";
export * from "./labels";
export { type FormStep, formSteps, levelKinds } from "./rules";
export type { SubmissionSnapshot } from "./snapshot";
export * from "./state-machine";
