// Every morning, reminds applicants of the information requests they left unanswered for a week
// (send-information-reminders.server.ts). Idempotent: a request is reminded once.
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job";
import { sendInformationReminders } from "../send-information-reminders.server";

export const informationReminderJob = defineJob({
  name: "review-information-reminder",
  payload: z.object({}),
  schedule: "0 9 * * *",
  async handle(_payload, { db, jobs, appUrl, logger }) {
    const { reminded, mailed } = await sendInformationReminders({ db, jobs, appUrl });
    logger.info({ reminded, mailed }, "information reminders sent");
  },
});
