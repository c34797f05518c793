// Public API of the review feature, server part (loaders, actions, jobs).

// The review actions (start, information, ineligible, score, ready, reassign) and their job.
export {
  actionHeader,
  actionOpen,
  loadReassignPage,
  loadScorePage,
  reassignOpen,
} from "./action-pages.server";
export { programGrid } from "./action-queries.server";
export { type CorrectionEntry, listCorrections } from "./corrections.server";
export { declareIneligible } from "./declare-ineligible.server";
export {
  type ReviewStaff,
  requireReviewApplication,
  requireReviewDecider,
  requireReviewStaff,
} from "./guards.server";
export { informationReminderJob } from "./jobs/information-reminder";
export { markReady } from "./mark-ready.server";
export { reassignApplication } from "./reassign-application.server";
export { requestCorrection } from "./request-correction.server";
export { requestInformation } from "./request-information.server";
export { scoreApplication } from "./score-application.server";
export { sendInformationReminders } from "./send-information-reminders.server";
export { startReview } from "./start-review.server";
