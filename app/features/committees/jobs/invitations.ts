// Sends a session's invitations (or a cancellation) with their .ics file, enqueued by the
// commands that open the pre-review, change the session or its members
// (invitations.server.ts). Idempotent by the payload's key; retried like a mail.
import { defineJob } from "~/platform/jobs/define-job";
import { sendInvitations } from "../invitations.server";
import { invitationsTask } from "./invitations-task";

export const invitationsJob = defineJob({
  ...invitationsTask,
  retryLimit: 12,
  retryDelaySeconds: 15,
  async handle(payload, { db, jobs, appUrl, env, logger }) {
    const outcome = await sendInvitations({ db, jobs, appUrl, mailFrom: env.MAIL_FROM, payload });
    logger.info({ ...payload, ...outcome }, "committee invitations");
  },
});
