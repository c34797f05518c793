/** Every background job of the application, registered at start by the queue. */
import { purgeAnonymousDiagnosticsJob } from "~/features/diagnostic/index.server";
import { sendEmailJob } from "~/features/notifications";
import { informationReminderJob } from "~/features/review/index.server";

export const allJobs = [
  sendEmailJob,
  purgeAnonymousDiagnosticsJob,
  informationReminderJob,
] as const;
