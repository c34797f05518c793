// Gives a failed job (every attempt used up) one more attempt, by an administrator, with its
// audit event in the same transaction. Refused ("not_failed") when no such job is failed any
// more (retried twice from two tabs, or removed): the page then says so.
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";

export async function retryFailedJob(options: {
  db: Database;
  jobs: JobQueue;
  /** The administrator (their guard checked the permission). */
  actor: { id: string };
  name: string;
  jobId: string;
  requestId?: string;
}): Promise<{ name: string }> {
  const { actor, name, jobId } = options;
  return options.db.transaction(async (tx) => {
    if (!(await options.jobs.retryFailed(tx, name, jobId))) {
      return refuse({ code: "not_failed", message: "operations.jobs.notFailed" });
    }
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "job",
      entityId: jobId,
      action: "job.retried",
      after: { name },
      requestId: options.requestId,
    });
    return { name };
  });
}
