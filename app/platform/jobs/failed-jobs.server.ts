/**
 * The dead-letter list: jobs whose every attempt failed. pg-boss keeps them in its job table in
 * the `failed` state (for FAILED_JOB_KEEP_SECONDS, queue.server.ts), with the last error as the
 * job's output; `JobQueue.retryFailed` gives one of them another attempt. Payloads are not read:
 * a mail's payload holds its text, and a sign-in mail's text holds a sign-in link (ADR 0016).
 */
import { executeRawSql } from "~/platform/db/raw-sql.server";
import type { Executor } from "~/platform/db/types";

export type FailedJob = {
  id: string;
  /** The job's name (`send-email`, `export-review-inbox`, …). */
  name: string;
  /** The last attempt's error message. */
  error: string;
  /** Attempts made, the first one included. */
  attempts: number;
  createdAt: Date;
  /** When the last attempt failed. */
  failedAt: Date;
};

type Row = {
  id: string;
  name: string;
  output: unknown;
  retry_count: number;
  created_on: Date | string;
  completed_on: Date | string | null;
};

/** The message of a job's output: an error pg-boss serialised, or its own `{ value }` reasons. */
export function errorOfOutput(output: unknown): string {
  if (typeof output === "string") return output;
  if (typeof output !== "object" || output === null) return "";
  const { message, value } = output as { message?: unknown; value?: unknown };
  if (typeof message === "string") return message;
  if (typeof value === "string") return value;
  if (value !== undefined) return errorOfOutput(value);
  return JSON.stringify(output);
}

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The failed jobs, the most recent failure first; at most `limit`. */
export async function listFailedJobs(
  executor: Executor,
  options: { limit?: number } = {},
): Promise<{ jobs: FailedJob[]; total: number }> {
  const { rows } = await executeRawSql(
    executor,
    `select id, name, output, retry_count, created_on, completed_on, count(*) over () as total
       from pgboss.job
      where state = 'failed'
      order by completed_on desc nulls last, id
      limit $1`,
    [options.limit ?? 100],
  );
  const typed = rows as (Row & { total: string | number })[];
  return {
    total: Number(typed[0]?.total ?? 0),
    jobs: typed.map((row) => ({
      id: row.id,
      name: row.name,
      error: errorOfOutput(row.output).slice(0, 2000),
      attempts: Number(row.retry_count) + 1,
      createdAt: toDate(row.created_on),
      failedAt: toDate(row.completed_on ?? row.created_on),
    })),
  };
}
