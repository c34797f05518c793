// Every morning, reminds the members of a structure whose support's feedback survey is still
// unanswered: 7 days, then 14 days after the first sending, while the link works
// (feedback-reminders.server.ts). Idempotent: each reminder is sent once per member.
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job";
import { sendFeedbackReminders } from "../feedback-reminders.server";

export const feedbackRemindersJob = defineJob({
  name: "feedback-reminders",
  payload: z.object({}),
  // After the information reminders (09:00), before lunch.
  schedule: "30 9 * * *",
  async handle(_payload, { db, jobs, appUrl, env, logger }) {
    const { reminded } = await sendFeedbackReminders({
      db,
      jobs,
      appUrl,
      secret: env.BETTER_AUTH_SECRET,
    });
    logger.info({ reminded }, "feedback reminders sent");
  },
});
