/**
 * The job queue: pg-boss on the application's own database, PGlite included (through pg-boss's
 * `db` adapter option). A job is enqueued with the executor of the transaction that causes it,
 * so a rollback also removes the job. Recurring jobs are pg-boss schedules: one row per job name
 * (an upsert, so every instance may register them), and only the processes that run workers
 * start pg-boss's cron monitor, which itself lets one instance per interval send the occurrence.
 */
import PgBoss from "pg-boss";
import { ADVISORY_LOCKS, withAdvisoryLock } from "~/platform/db/advisory-lock.server";
import { executeRawSql } from "~/platform/db/raw-sql.server";
import type { DatabaseHandle, Executor } from "~/platform/db/types";
import type { Logger } from "~/platform/logger.server";
import type { JobDefinition, JobDependencies } from "./define-job";
import { planSchedules } from "./schedules";

// A list of jobs has one payload type per job: `any` here is the heterogeneous list's element.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyJob = JobDefinition<any>;

export type JobQueue = {
  /**
   * Creates the pg-boss schema (first start) and the queues of the given jobs, registers the
   * schedules of the recurring ones and removes the schedules no job declares any more.
   */
  start(definitions: readonly AnyJob[]): Promise<void>;
  /**
   * Enqueues a job on `executor` (pass the command's transaction); returns the job id. Only the
   * job's name and payload schema are needed, so a command may enqueue a job whose handler it
   * does not import (the handler's module is loaded by app/jobs.server.ts).
   */
  enqueue<P>(
    executor: Executor,
    job: Pick<JobDefinition<P>, "name" | "payload">,
    payload: P,
  ): Promise<string>;
  /**
   * Gives a failed job (its retries exhausted) one more attempt, on `executor` (pass the
   * command's transaction); false when no such failed job exists.
   */
  retryFailed(executor: Executor, name: string, id: string): Promise<boolean>;
  /** Starts polling workers for the given jobs in this process. */
  work(definitions: readonly AnyJob[], deps: JobDependencies): Promise<void>;
  /** Stops workers (waiting for running jobs up to timeoutMs). */
  stop(timeoutMs?: number): Promise<void>;
  boss: PgBoss;
};

/** Defaults of a job's retries (define-job.ts). */
export const DEFAULT_RETRY_LIMIT = 3;
export const DEFAULT_RETRY_DELAY_SECONDS = 5;

/**
 * How long a failed job stays in the list administrators see (pg-boss would move it to its
 * archive after 12 hours, like completed jobs, and the list would lose it).
 */
export const FAILED_JOB_KEEP_SECONDS = 30 * 24 * 60 * 60;

const adapterFor = (executor: Executor) => ({
  executeSql: (text: string, values: unknown[]) => executeRawSql(executor, text, values ?? []),
});

/**
 * pg-boss's own adapter, counting its queries in flight: pg-boss does not await the query that
 * marks a finished job complete, so its stop() can return while that query still runs, and a
 * database closed right after fails under it ("Cannot use a pool after calling end").
 */
export function trackedAdapter(executor: Executor) {
  const inFlight = new Set<Promise<unknown>>();
  return {
    executeSql(text: string, values: unknown[]) {
      const query = executeRawSql(executor, text, values ?? []);
      const settled = query.then(
        () => undefined,
        () => undefined,
      );
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      return query;
    },
    /** Resolves once the queries running now have ended, or after `timeoutMs`. */
    async settle(timeoutMs: number) {
      const deadline = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
      await Promise.race([Promise.all(inFlight), deadline]);
    },
  };
}

/** Creates the queue on the database behind `handle`. */
export function createJobQueue(
  handle: DatabaseHandle,
  logger: Logger,
  options: {
    pollingIntervalSeconds?: number;
    /** Start the cron monitor in this process (processes that run workers only). */
    schedules?: boolean;
    /** How often the schedules are checked (pg-boss default 30 s; tests go faster). */
    cronMonitorIntervalSeconds?: number;
  } = {},
): JobQueue {
  const cronSeconds = options.cronMonitorIntervalSeconds;
  const own = trackedAdapter(handle.db);
  const boss = new PgBoss({
    db: own,
    schema: "pgboss",
    // Maintenance runs in every instance; pg-boss coordinates it itself.
    supervise: true,
    schedule: options.schedules ?? false,
    archiveFailedAfterSeconds: FAILED_JOB_KEEP_SECONDS,
    ...(cronSeconds
      ? { cronMonitorIntervalSeconds: cronSeconds, cronWorkerIntervalSeconds: cronSeconds }
      : {}),
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  const polling = options.pollingIntervalSeconds ?? 0.5;

  return {
    boss,
    async start(definitions) {
      // pg-boss creates its schema on the first start: two instances doing it at once on an
      // empty database deadlock, so starts take turns (the queues and schedules too).
      await withAdvisoryLock(handle, ADVISORY_LOCKS.jobQueueStart, async () => {
        await boss.start();
        for (const job of definitions) {
          const retries = {
            name: job.name,
            retryLimit: job.retryLimit ?? DEFAULT_RETRY_LIMIT,
            retryDelay: job.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
            retryBackoff: true,
          };
          // createQueue leaves an existing queue as it is: the update carries changed retries
          // to installations that created the queue before.
          await boss.createQueue(job.name, retries);
          await boss.updateQueue(job.name, retries);
        }
        const stored = await boss.getSchedules();
        const plan = planSchedules(
          definitions,
          stored.map((schedule) => schedule.name),
        );
        for (const schedule of plan.upsert) {
          await boss.schedule(schedule.name, schedule.cron, {}, { tz: schedule.timeZone });
        }
        for (const name of plan.remove) await boss.unschedule(name);
      });
    },
    async enqueue(executor, job, payload) {
      const data = job.payload.parse(payload);
      const id = await boss.send(job.name, data as object, { db: adapterFor(executor) });
      if (!id) throw new Error(`job ${job.name} was not enqueued`);
      return id;
    },
    async retryFailed(executor, name, id) {
      // pg-boss answers { affected } (its types say void): the job was failed, and is now due.
      const result = (await boss.retry(name, id, { db: adapterFor(executor) })) as unknown as {
        affected?: number;
      } | null;
      return (result?.affected ?? 0) > 0;
    },
    async work(definitions, deps) {
      for (const job of definitions) {
        await boss.work<unknown>(job.name, { pollingIntervalSeconds: polling }, async (jobs) => {
          for (const item of jobs) {
            const started = Date.now();
            await job.handle(job.payload.parse(item.data), deps);
            deps.logger.info(
              { job: job.name, jobId: item.id, durationMs: Date.now() - started },
              "job done",
            );
          }
        });
      }
    },
    async stop(timeoutMs = 8000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
      await own.settle(timeoutMs);
    },
  };
}
