/** Every background job of the application, registered at start by the queue. */
import { sendEmailJob } from "~/features/notifications";

export const allJobs = [sendEmailJob] as const;
