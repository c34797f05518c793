// The nightly job removing expired anonymous diagnostics (03:30, Europe/Paris).
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job";
import { purgeAnonymousDiagnostics } from "./purge-anonymous-diagnostics.server";
import { anonymousDiagnosticCutoff } from "./retention";

export const purgeAnonymousDiagnosticsJob = defineJob({
  name: "purge-anonymous-diagnostics",
  payload: z.object({}),
  schedule: "30 3 * * *",
  async handle(_payload, { db, env, logger }) {
    const cutoff = anonymousDiagnosticCutoff(new Date(), env.ANONYMOUS_DIAGNOSTIC_RETENTION_DAYS);
    const removed = await purgeAnonymousDiagnostics(db, { cutoff });
    logger.info({ removed, cutoff: cutoff.toISOString() }, "anonymous diagnostics purged");
  },
});
