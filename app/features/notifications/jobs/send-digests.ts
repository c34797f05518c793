// The daily digest (07:00, Europe/Paris): for each user with unsent lines, one e-mail listing the
// lines and their links, then the lines are marked sent. Each user's lines are taken under a row
// lock (skip locked) in one transaction with the send, so a second run, or two instances at
// once, never mail the same lines twice; a failed send leaves them for the next attempt.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { defineJob, type JobDependencies } from "~/platform/jobs/define-job";
import { notificationDigestItems, user } from "../../../../db/schema";
import { digestEmail } from "../emails/event";
import { PREFERENCES_PATH } from "../kinds";

/** Most lines in one digest (older ones first; the rest wait for the next day). */
const DIGEST_MAX_LINES = 200;

/** Sends every pending digest; returns how many e-mails were sent. */
export async function sendDigests(
  deps: Pick<JobDependencies, "db" | "mail" | "appUrl" | "logger">,
): Promise<number> {
  const { db } = deps;
  const users = await db
    .selectDistinct({ userId: notificationDigestItems.userId })
    .from(notificationDigestItems)
    .where(isNull(notificationDigestItems.sentAt));
  let sent = 0;
  for (const { userId } of users) {
    const mailed = await db.transaction(async (tx) => {
      const items = await tx
        .select({
          id: notificationDigestItems.id,
          line: notificationDigestItems.line,
          url: notificationDigestItems.url,
        })
        .from(notificationDigestItems)
        .where(
          and(eq(notificationDigestItems.userId, userId), isNull(notificationDigestItems.sentAt)),
        )
        .orderBy(asc(notificationDigestItems.createdAt), asc(notificationDigestItems.id))
        .limit(DIGEST_MAX_LINES)
        .for("update", { skipLocked: true });
      if (items.length === 0) return false;
      const [recipient] = await tx
        .select({ email: user.email })
        .from(user)
        .where(eq(user.id, userId));
      if (!recipient) return false;
      await tx
        .update(notificationDigestItems)
        .set({ sentAt: sql`now()` })
        .where(
          inArray(
            notificationDigestItems.id,
            items.map((item) => item.id),
          ),
        );
      const mail = digestEmail({ items, preferencesUrl: `${deps.appUrl}${PREFERENCES_PATH}` });
      await deps.mail.send({ to: recipient.email, ...mail });
      return true;
    });
    if (mailed) sent += 1;
  }
  deps.logger.info({ sent }, "notification digests sent");
  return sent;
}

export const sendDigestsJob = defineJob({
  name: "send-notification-digests",
  payload: z.object({}),
  schedule: "0 7 * * *",
  async handle(_payload, deps) {
    await sendDigests(deps);
  },
});
