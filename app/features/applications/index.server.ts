// Public API of the applications feature, server part (loaders, actions, jobs of other features):
// the guards, the state-change command every later issue goes through, messages and the reads.
export {
  requireApplicant,
  requireApplicationReader,
  requireMemberApplication,
} from "./guards.server";
export { insertMessage, MESSAGE_MAX_LENGTH, postMessage } from "./post-message.server";
export {
  findApplicationForStaff,
  findSubmission,
  listAttachments,
  listEvents,
  listMessages,
  loadProgramConfig,
} from "./queries.server";
export {
  applyTransition,
  type TransitionOutcome,
  transitionApplication,
} from "./transition-application.server";
