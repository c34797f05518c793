// The nightly job applying the retention periods (04:15, Europe/Paris; ADR 0012).
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job";
import { enforceRetention } from "../enforce-retention.server";
import { retentionCutoffs, retentionPolicyOf } from "../retention";

export const enforceRetentionJob = defineJob({
  name: "enforce-retention",
  payload: z.object({}),
  schedule: "15 4 * * *",
  async handle(_payload, { db, storage, env, logger }) {
    const now = new Date();
    const cutoffs = retentionCutoffs(now, retentionPolicyOf(env));
    const report = await enforceRetention({ db, storage, logger, now, cutoffs });
    logger.info(report, "retention periods enforced");
  },
});
