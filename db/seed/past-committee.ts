/**
 * What the demo seeds that replay a committee held in the past share (db/seed/supports.ts,
 * db/seed/maturity.ts): the application states before a committee, and a job queue that invites
 * nobody to a meeting held already.
 */
import { invitationsTask } from "../../app/features/committees/jobs/invitations-task";
import type { JobQueue } from "../../app/platform/jobs/queue.server";

/** An application in one of these states has not been through the committee yet. */
export const beforeCommittee = new Set(["draft", "submitted", "ready_for_committee"]);

/** The job queue without the members' invitations: nobody is invited to a meeting held already. */
export function withoutInvitations(jobs: JobQueue): JobQueue {
  return {
    ...jobs,
    enqueue: async (executor, job, payload) =>
      job.name === invitationsTask.name ? "" : jobs.enqueue(executor, job, payload),
  };
}
