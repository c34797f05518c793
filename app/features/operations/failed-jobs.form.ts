// The retry form of the failed jobs page (safe for the browser): the job's queue name and id.
import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB_NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const retryJobSchema = z.object({
  intent: z.literal("retry"),
  jobId: z
    .string({ error: "operations.jobs.invalidJob" })
    .regex(UUID, "operations.jobs.invalidJob"),
  name: z
    .string({ error: "operations.jobs.invalidJob" })
    .regex(JOB_NAME, "operations.jobs.invalidJob"),
});

export type RetryJobInput = z.infer<typeof retryJobSchema>;
