/** Every background job of the application, registered at start by the queue. */
import {
  closingDocumentsJob,
  invitationsJob,
  prepareSessionsJob,
} from "~/features/committees/index.server";
import { purgeAnonymousDiagnosticsJob } from "~/features/diagnostic/index.server";
import { sendEmailJob } from "~/features/notifications";
import { sendDigestsJob } from "~/features/notifications/index.server";
import { enforceRetentionJob, exportPersonalDataJob } from "~/features/privacy/index.server";
import { informationReminderJob } from "~/features/review/index.server";
import { exportReviewInboxJob } from "~/features/review/jobs/export-review-inbox";
import { feedbackRemindersJob, rediagnosticInvitationsJob } from "~/features/supports/index.server";

export const allJobs = [
  sendEmailJob,
  purgeAnonymousDiagnosticsJob,
  exportReviewInboxJob,
  sendDigestsJob,
  informationReminderJob,
  exportPersonalDataJob,
  enforceRetentionJob,
  prepareSessionsJob,
  closingDocumentsJob,
  invitationsJob,
  feedbackRemindersJob,
  rediagnosticInvitationsJob,
] as const;
