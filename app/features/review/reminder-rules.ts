// When an information request earns its reminder (pure): still open (no answer, no reminder
// yet), older than INFORMATION_REMINDER_AFTER_DAYS, and the application still waiting for it.
import type { ApplicationState } from "~/features/applications";

/** Days without an answer after which the applicant is reminded, once. */
export const INFORMATION_REMINDER_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Requests made before this instant are old enough to be reminded of. */
export function reminderCutoff(now: Date): Date {
  return new Date(now.getTime() - INFORMATION_REMINDER_AFTER_DAYS * DAY_MS);
}

export type OpenRequest = {
  requestedAt: Date;
  answeredAt: Date | null;
  reminderSentAt: Date | null;
  applicationStatus: ApplicationState | string;
};

/** True when `request` gets its reminder at `now`. */
export function isReminderDue(request: OpenRequest, now: Date): boolean {
  return (
    request.answeredAt === null &&
    request.reminderSentAt === null &&
    request.applicationStatus === "information_requested" &&
    request.requestedAt.getTime() <= reminderCutoff(now).getTime()
  );
}
