/** Every background job of the application, registered at start by the queue. */
import { purgeAnonymousDiagnosticsJob } from "~/features/diagnostic/index.server";
import { sendEmailJob } from "~/features/notifications";

export const allJobs = [sendEmailJob, purgeAnonymousDiagnosticsJob] as const;
