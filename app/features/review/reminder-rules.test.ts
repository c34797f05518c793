import { describe, expect, it } from "vitest";
import { INFORMATION_REMINDER_AFTER_DAYS, isReminderDue, reminderCutoff } from "./reminder-rules";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-10T08:00:00Z");
const open = (daysAgo: number) => ({
  requestedAt: new Date(now.getTime() - daysAgo * DAY),
  answeredAt: null,
  reminderSentAt: null,
  applicationStatus: "information_requested",
});

describe("information reminder rule", () => {
  it("waits 7 days", () => {
    expect(INFORMATION_REMINDER_AFTER_DAYS).toBe(7);
    expect(reminderCutoff(now).toISOString()).toBe("2026-12-03T08:00:00.000Z");
  });
  it("reminds from exactly 7 days on, not before", () => {
    expect(isReminderDue(open(7), now)).toBe(true);
    expect(isReminderDue(open(30), now)).toBe(true);
    expect(isReminderDue(open(6.99), now)).toBe(false);
    expect(isReminderDue(open(0), now)).toBe(false);
  });
  it("never reminds an answered request, or twice", () => {
    expect(isReminderDue({ ...open(10), answeredAt: now }, now)).toBe(false);
    expect(isReminderDue({ ...open(10), reminderSentAt: now }, now)).toBe(false);
  });
  it.each(["in_review", "declared_ineligible", "withdrawn", "ready_for_committee", "submitted"])(
    "does not remind once the application is %s",
    (status) => {
      expect(isReminderDue({ ...open(10), applicationStatus: status }, now)).toBe(false);
    },
  );
});
