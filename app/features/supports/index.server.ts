// Public API of the supports feature, server part (commands, page loaders, jobs).

// The feedback survey (/avis/:token): first sending, answer, reminders job, summaries.
export {
  answerFeedback,
  type FeedbackLinkView,
  readFeedbackLink,
} from "./answer-feedback.server";
export {
  changeSupportStatus,
  type OnClosed,
  planSupport,
  recordMilestone,
  recordPayment,
} from "./commands.server";
export { fundingSplitOf, supportCommitments } from "./envelope-commitments.server";
export { type FeedbackInput, feedbackSchema } from "./feedback.schema";
export { sendFeedbackReminders } from "./feedback-reminders.server";
export { feedbackLink, feedbackPath, requestFeedback } from "./feedback-requests.server";
export { type FeedbackSummaries, feedbackSummaries } from "./feedback-summary.server";
export { verifyFeedbackToken } from "./feedback-token.server";
export { requireSupport, requireSupportUser } from "./guards.server";
export { feedbackRemindersJob } from "./jobs/feedback-reminders";
export { rediagnosticInvitationsJob } from "./jobs/rediagnostic-invitations";
export {
  type MaturityGainFilter,
  type MaturityGainReport,
  maturityGainReport,
} from "./maturity-gain.server";
export { inviteNextLevel } from "./next-level.server";
export { listFilterOf, loadSupportPage, loadSupportsPage } from "./pages.server";
export { applicationSupports, findDeliverable } from "./queries.server";
export {
  organizationDiagnosticsPath,
  rediagnosticPath,
  sendRediagnosticInvitations,
} from "./rediagnostic-invitations.server";
export { setCapacity } from "./set-capacity.server";
export { type SyncOutcome, syncSupportsWithDecision } from "./sync-supports.server";
