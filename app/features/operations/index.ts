// Public API of the operations feature, browser-safe part.
export { type RetryJobInput, retryJobSchema } from "./failed-jobs.form";
