// The privacy feature's server-only exports: commands, queries, jobs.
export { type DeleteAccountResult, deleteAccount } from "./delete-account.server";
export { enforceRetention, type RetentionReport } from "./enforce-retention.server";
export { enforceRetentionJob } from "./jobs/enforce-retention";
export { exportPersonalDataJob } from "./jobs/export-personal-data";
export { collectPersonalData } from "./personal-data.server";
export * from "./queries.server";
export { requestPersonalExport } from "./request-personal-export.server";
