// The feedback survey's reminders (issue 15): reminder 1 seven days after the first sending,
// reminder 2 after fourteen (dueReminder, follow-up-timing.ts), to each member still in the
// structure whose support has no answer yet and whose link still works. The reminder carries a
// new token issued at the first sending's time, so it expires when the first link does (30 days
// from sent_at), never later. One transaction per member: the row is claimed by its
// `reminders_sent < due` update (a second run, or a second worker, sends nothing more), the mail
// is enqueued with it. Required mails, like the first sending (no notification choice).
import { and, asc, eq, gt, isNull, lt, lte, notExists, sql } from "drizzle-orm";
import type { LevelKind } from "~/features/applications";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { calendarDateIn } from "~/platform/format/dates";
import type { JobQueue } from "~/platform/jobs/queue.server";
import {
  feedbackAnswers,
  feedbackRequests,
  organizationMembers,
  organizations,
  programs,
  supports,
  user,
} from "../../../db/schema";
import { feedbackRequestEmail } from "./emails/feedback-request";
import { feedbackLink } from "./feedback-requests.server";
import { dueReminder, REMINDER_DAYS, SURVEY_VALID_DAYS } from "./follow-up-timing";

const dayMs = 24 * 60 * 60 * 1000;

export async function sendFeedbackReminders(options: {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  /** The token secret (BETTER_AUTH_SECRET). */
  secret: string;
  now?: Date;
}): Promise<{ reminded: number }> {
  const { db } = options;
  const now = options.now ?? new Date();
  const today = calendarDateIn(now);
  // A window a day wider on each side than the rules need (calendar days in Paris); dueReminder
  // decides on each row.
  const earliest = new Date(now.getTime() - (SURVEY_VALID_DAYS + 1) * dayMs);
  const latest = new Date(now.getTime() - ((REMINDER_DAYS[0] ?? 7) - 1) * dayMs);
  const candidates = await db
    .select({
      id: feedbackRequests.id,
      supportId: feedbackRequests.supportId,
      userId: feedbackRequests.userId,
      sentAt: feedbackRequests.sentAt,
      remindersSent: feedbackRequests.remindersSent,
      email: user.email,
      levelKind: supports.levelKind,
      organizationName: organizations.name,
      programme: programs.name,
    })
    .from(feedbackRequests)
    .innerJoin(supports, eq(supports.id, feedbackRequests.supportId))
    .innerJoin(organizations, eq(organizations.id, supports.organizationId))
    .innerJoin(programs, eq(programs.id, supports.programId))
    .innerJoin(
      organizationMembers,
      and(
        eq(organizationMembers.organizationId, supports.organizationId),
        eq(organizationMembers.userId, feedbackRequests.userId),
      ),
    )
    .innerJoin(user, eq(user.id, feedbackRequests.userId))
    .leftJoin(feedbackAnswers, eq(feedbackAnswers.supportId, feedbackRequests.supportId))
    .where(
      and(
        eq(supports.status, "closed"),
        isNull(feedbackAnswers.id),
        lt(feedbackRequests.remindersSent, REMINDER_DAYS.length),
        gt(feedbackRequests.sentAt, earliest),
        lte(feedbackRequests.sentAt, latest),
      ),
    )
    .orderBy(asc(feedbackRequests.sentAt), asc(feedbackRequests.id));

  let reminded = 0;
  for (const request of candidates) {
    const due = dueReminder({
      sentAt: calendarDateIn(request.sentAt),
      answeredAt: null,
      remindersSent: request.remindersSent,
      now: today,
    });
    if (due === null) continue;
    const link = feedbackLink({
      appUrl: options.appUrl,
      secret: options.secret,
      supportId: request.supportId,
      userId: request.userId,
      issuedAt: request.sentAt,
    });
    // The token itself must still work (it counts 30 × 24 hours from the sending).
    if (link.expiresAt.getTime() <= now.getTime()) continue;
    const sent = await db.transaction(async (tx) => {
      const claimed = await tx
        .update(feedbackRequests)
        .set({ remindersSent: due, lastReminderAt: now })
        .where(
          and(
            eq(feedbackRequests.id, request.id),
            lt(feedbackRequests.remindersSent, due),
            notExists(
              tx
                .select({ one: sql`1` })
                .from(feedbackAnswers)
                .where(eq(feedbackAnswers.supportId, request.supportId)),
            ),
          ),
        )
        .returning({ id: feedbackRequests.id });
      if (claimed.length === 0) return false;
      await options.jobs.enqueue(tx, sendEmailJob, {
        to: request.email,
        ...feedbackRequestEmail({
          levelKind: request.levelKind as LevelKind,
          organizationName: request.organizationName,
          programme: request.programme,
          url: link.url,
          validUntil: link.validUntil,
          reminder: due,
        }),
      });
      await appendAuditEvent(tx, {
        actorId: null,
        entityType: "support",
        entityId: request.supportId,
        action: "support.feedback_reminded",
        after: { reminder: due },
      });
      return true;
    });
    if (sent) reminded += 1;
  }
  return { reminded };
}
