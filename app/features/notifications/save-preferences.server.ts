// Saves the signed-in user's notification choices: one upsert per kind of their audience and the
// audit event, in one transaction. The user is always the caller's own (the route passes the
// session's user): nobody edits another's preferences.
import { sql } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { notificationPreferences } from "../../../db/schema";
import { type Audience, type Delivery, kindsFor, type NotificationKind } from "./kinds";

export async function saveNotificationPreferences(options: {
  db: Database;
  userId: string;
  audience: Audience | null;
  choices: Partial<Record<NotificationKind, Delivery>>;
  requestId?: string;
}): Promise<{ saved: number }> {
  const rows = kindsFor(options.audience).flatMap((kind) => {
    const delivery = options.choices[kind];
    return delivery ? [{ userId: options.userId, eventKind: kind, delivery }] : [];
  });
  if (rows.length === 0) return { saved: 0 };
  return options.db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values(rows)
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.eventKind],
        set: { delivery: sql`excluded.delivery`, updatedAt: sql`now()` },
      });
    await appendAuditEvent(tx, {
      actorId: options.userId,
      entityType: "user",
      entityId: options.userId,
      action: "user.notification_preferences_updated",
      after: Object.fromEntries(rows.map((row) => [row.eventKind, row.delivery])),
      requestId: options.requestId,
    });
    return { saved: rows.length };
  });
}

/** The stored choices of a user (every kind; callers keep those of the user's audience). */
export async function loadNotificationPreferences(db: Database, userId: string) {
  return db
    .select({
      eventKind: notificationPreferences.eventKind,
      delivery: notificationPreferences.delivery,
    })
    .from(notificationPreferences)
    .where(sql`${notificationPreferences.userId} = ${userId}`);
}
