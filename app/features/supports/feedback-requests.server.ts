// The feedback survey's first sending (issue 15): when a support closes, each member of the
// structure gets a feedback_requests row and an e-mail with their personal link (/avis/:token, a
// signed token valid 30 days: feedback-token.server.ts). Called by the closing command inside its
// transaction, once the support's status is "closed": the rows and the mails commit or roll back
// with the closing. A required mail (like the committee's decision): it bypasses the notification
// choices. Idempotent: a member already asked for this support gets no second row nor mail.
import { eq } from "drizzle-orm";
import type { LevelKind } from "~/features/applications";
import { memberRecipients } from "~/features/applications/index.server";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Transaction } from "~/platform/db/types";
import { calendarDateIn, formatCalendarDate } from "~/platform/format/dates";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { feedbackRequests, organizations, programs, supports } from "../../../db/schema";
import { feedbackRequestEmail } from "./emails/feedback-request";
import { FEEDBACK_LINK_VALID_DAYS, issueFeedbackToken } from "./feedback-token.server";

const dayMs = 24 * 60 * 60 * 1000;

/** The public path of a survey link. */
export function feedbackPath(token: string): string {
  return `/avis/${token}`;
}

/**
 * One member's personal link for a support, issued at `issuedAt` (the first sending's time, for a
 * reminder too, so that the link never lives longer than 30 days from it), and the last calendar
 * day (Paris) on which it surely works, written in French for the e-mail.
 */
export function feedbackLink(options: {
  appUrl: string;
  secret: string;
  supportId: string;
  userId: string;
  issuedAt: Date;
}): { url: string; token: string; expiresAt: Date; validUntil: string } {
  const token = issueFeedbackToken(
    { supportId: options.supportId, userId: options.userId, issuedAt: options.issuedAt },
    options.secret,
  );
  const expiresAt = new Date(options.issuedAt.getTime() + FEEDBACK_LINK_VALID_DAYS * dayMs);
  // The day before the expiry instant: the link works on all of that day, whatever the hour it
  // was sent and the daylight-saving change in between.
  const lastDay = calendarDateIn(new Date(expiresAt.getTime() - dayMs));
  return {
    url: `${options.appUrl}${feedbackPath(token)}`,
    token,
    expiresAt,
    validUntil: formatCalendarDate(lastDay, "fr"),
  };
}

/** What the survey e-mail says of a support: its level, structure and programme. */
export async function supportForFeedback(tx: Transaction, supportId: string) {
  const [row] = await tx
    .select({
      id: supports.id,
      status: supports.status,
      levelKind: supports.levelKind,
      organizationId: supports.organizationId,
      organizationName: organizations.name,
      programme: programs.name,
    })
    .from(supports)
    .innerJoin(organizations, eq(organizations.id, supports.organizationId))
    .innerJoin(programs, eq(programs.id, supports.programId))
    .where(eq(supports.id, supportId));
  return row ?? null;
}

/**
 * Asks every member of the support's organisation for their feedback: one feedback_requests row
 * each (sent_at = `now`) and one e-mail with their own link, in the caller's transaction. Returns
 * the number of members mailed now (0 when all were already asked). Throws when the support does
 * not exist or is not closed: the caller calls it once the support is closed.
 */
export async function requestFeedback(
  tx: Transaction,
  options: { jobs: JobQueue; appUrl: string; secret: string; supportId: string; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  const support = await supportForFeedback(tx, options.supportId);
  if (!support) throw new Error(`requestFeedback: support ${options.supportId} not found`);
  if (support.status !== "closed") {
    throw new Error(`requestFeedback: support ${support.id} is ${support.status}, not closed`);
  }
  let mailed = 0;
  for (const member of await memberRecipients(tx, support.organizationId)) {
    const inserted = await tx
      .insert(feedbackRequests)
      .values({ supportId: support.id, userId: member.id, sentAt: now })
      .onConflictDoNothing({ target: [feedbackRequests.supportId, feedbackRequests.userId] })
      .returning({ id: feedbackRequests.id });
    if (inserted.length === 0) continue;
    const link = feedbackLink({
      appUrl: options.appUrl,
      secret: options.secret,
      supportId: support.id,
      userId: member.id,
      issuedAt: now,
    });
    await options.jobs.enqueue(tx, sendEmailJob, {
      to: member.email,
      ...feedbackRequestEmail({
        levelKind: support.levelKind as LevelKind,
        organizationName: support.organizationName,
        programme: support.programme,
        url: link.url,
        validUntil: link.validUntil,
      }),
    });
    mailed += 1;
  }
  if (mailed > 0) {
    // The closing's actor is audited on the closing itself: this event is the mailing's.
    await appendAuditEvent(tx, {
      actorId: null,
      entityType: "support",
      entityId: support.id,
      action: "support.feedback_requested",
      after: { membersMailed: mailed },
    });
  }
  return mailed;
}
