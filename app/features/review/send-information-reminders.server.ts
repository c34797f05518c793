// Reminds the members of every information request left unanswered for a week (reminder-rules):
// one e-mail per member through notifyUser (kind "information_reminder", so each member's choice
// holds), reminder_sent_at set and an audit event, one transaction per request. The row is
// claimed by its `reminder_sent_at is null` update, so a second run (or a second worker) sends
// nothing more.
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { notifyUser } from "~/features/notifications/index.server";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { applications, informationRequests, organizations } from "../../../db/schema";
import { memberRecipients } from "./action-queries.server";
import { informationReminderEmail } from "./emails/information-reminder";
import { isReminderDue, reminderCutoff } from "./reminder-rules";

export async function sendInformationReminders(options: {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  now?: Date;
}): Promise<{ reminded: number; mailed: number }> {
  const { db, jobs } = options;
  const now = options.now ?? new Date();
  const due = await db
    .select({
      id: informationRequests.id,
      applicationId: informationRequests.applicationId,
      requestedAt: informationRequests.requestedAt,
      answeredAt: informationRequests.answeredAt,
      reminderSentAt: informationRequests.reminderSentAt,
      missingItems: informationRequests.missingItems,
      applicationStatus: applications.status,
      number: applications.number,
      organizationId: applications.organizationId,
      organizationName: organizations.name,
    })
    .from(informationRequests)
    .innerJoin(applications, eq(applications.id, informationRequests.applicationId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        isNull(informationRequests.answeredAt),
        isNull(informationRequests.reminderSentAt),
        lte(informationRequests.requestedAt, reminderCutoff(now)),
        eq(applications.status, "information_requested"),
      ),
    )
    .orderBy(asc(informationRequests.requestedAt))
    .limit(1000);
  let reminded = 0;
  let mailed = 0;
  for (const request of due) {
    if (!isReminderDue(request, now)) continue;
    const sent = await db.transaction(async (tx) => {
      const claimed = await tx
        .update(informationRequests)
        .set({ reminderSentAt: now })
        .where(
          and(
            eq(informationRequests.id, request.id),
            isNull(informationRequests.reminderSentAt),
            isNull(informationRequests.answeredAt),
          ),
        )
        .returning({ id: informationRequests.id });
      if (claimed.length === 0) return null;
      const url = `${options.appUrl}/espace/candidatures/${request.applicationId}`;
      const mail = informationReminderEmail({
        number: request.number ?? "",
        organizationName: request.organizationName,
        requestedAt: request.requestedAt,
        missingItems: request.missingItems,
        url,
      });
      const members = await memberRecipients(tx, request.organizationId);
      let count = 0;
      for (const member of members) {
        const delivery = await notifyUser(tx, jobs, {
          userId: member.id,
          email: member.email,
          kind: "information_reminder",
          mail,
          digestLine: mail.subject,
          url,
        });
        if (delivery === "immediate") count += 1;
      }
      await appendAuditEvent(tx, {
        actorId: null,
        entityType: "application",
        entityId: request.applicationId,
        action: "application.information_reminder_mailed",
        after: { informationRequestId: request.id, members: members.length, mailed: count },
      });
      return count;
    });
    if (sent === null) continue;
    reminded += 1;
    mailed += sent;
  }
  return { reminded, mailed };
}
