// Public API of the applications feature, server part (loaders, actions, jobs of other features):
// the guards, the state-change command every later issue goes through, messages and the reads.

export { findOpenCorrection, stepsEditableNow } from "./correction.server";
export { MESSAGE_MAX_LENGTH } from "./follow.form";
export {
  requireApplicant,
  requireApplicationReader,
  requireMemberApplication,
} from "./guards.server";
export { newMessageToken } from "./message-token.server";
export { insertMessage, postMessage } from "./post-message.server";
export {
  findApplicationForStaff,
  findSubmission,
  listAttachments,
  listEvents,
  listMessages,
  loadProgramConfig,
  memberRecipients,
  staffApplicationScope,
} from "./queries.server";
export { resubmitCorrection } from "./resubmit-correction.server";
export { sniffMimeType } from "./store-file.server";
export {
  applyTransition,
  type Transitioned,
  transitionApplication,
} from "./transition-application.server";
