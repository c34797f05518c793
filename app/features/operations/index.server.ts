// Public API of the operations feature, server part.
export { type FailedJob, listFailedJobs } from "~/platform/jobs/failed-jobs.server";
export * from "./index";
export { retryFailedJob } from "./retry-failed-job.server";
