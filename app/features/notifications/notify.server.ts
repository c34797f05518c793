// The one way to tell a user of an event that they may choose to hear of (kinds.ts): inside the
// caller's transaction, it reads the user's choice for the kind and either enqueues the e-mail,
// adds a line to their daily digest, or does nothing. Required mails do not come here.
import { and, eq } from "drizzle-orm";
import type { Transaction } from "~/platform/db/types";
import type { RenderedEmail } from "~/platform/email/define-email";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { notificationDigestItems, notificationPreferences } from "../../../db/schema";
import { type ApplicationEvent, eventEmail, eventLine } from "./emails/event";
import { sendEmailJob } from "./jobs/send-email";
import { type Delivery, type NotificationKind, PREFERENCES_PATH, toDelivery } from "./kinds";

export type Notification = {
  userId: string;
  /** The recipient's address (the caller has read it with the user). */
  email: string;
  kind: NotificationKind;
  /** The e-mail sent at once. */
  mail: RenderedEmail;
  /** The digest's line for this event, in the recipient's language, and its link. */
  digestLine: string;
  url: string;
};

/** The delivery a user chose for a kind (the default when they chose nothing). */
export async function deliveryOf(
  tx: Transaction,
  userId: string,
  kind: NotificationKind,
): Promise<Delivery> {
  const [row] = await tx
    .select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.eventKind, kind)),
    );
  return toDelivery(row?.delivery);
}

/** Tells `notification.userId` as they chose; returns what was done. */
export async function notifyUser(
  tx: Transaction,
  jobs: JobQueue,
  notification: Notification,
): Promise<Delivery> {
  const delivery = await deliveryOf(tx, notification.userId, notification.kind);
  if (delivery === "immediate") {
    await jobs.enqueue(tx, sendEmailJob, { to: notification.email, ...notification.mail });
  } else if (delivery === "digest") {
    await tx.insert(notificationDigestItems).values({
      userId: notification.userId,
      eventKind: notification.kind,
      line: notification.digestLine,
      url: notification.url,
    });
  }
  return delivery;
}

/**
 * Tells `recipient` of an application event as they chose: the event's e-mail at once, or its
 * line in their digest, or nothing.
 */
export async function notifyApplicationEvent(
  tx: Transaction,
  jobs: JobQueue,
  input: {
    recipient: { id: string; email: string };
    event: Omit<ApplicationEvent, "preferencesUrl">;
    appUrl: string;
  },
): Promise<Delivery> {
  const event = { ...input.event, preferencesUrl: `${input.appUrl}${PREFERENCES_PATH}` };
  return notifyUser(tx, jobs, {
    userId: input.recipient.id,
    email: input.recipient.email,
    kind: event.kind,
    mail: eventEmail(event),
    digestLine: eventLine(event),
    url: event.url,
  });
}
