// Every morning, invites the structures whose last support closed months ago (the programme's
// `rediagnostic_months`, 6 by default) to take the diagnostic again
// (rediagnostic-invitations.server.ts). Idempotent: once per structure and last closing.
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job";
import { sendRediagnosticInvitations } from "../rediagnostic-invitations.server";

export const rediagnosticInvitationsJob = defineJob({
  name: "rediagnostic-invitations",
  payload: z.object({}),
  // After the feedback reminders (09:30).
  schedule: "45 9 * * *",
  async handle(_payload, { db, jobs, appUrl, logger }) {
    const { invited, mailed } = await sendRediagnosticInvitations({ db, jobs, appUrl });
    logger.info({ invited, mailed }, "re-diagnostic invitations sent");
  },
});
