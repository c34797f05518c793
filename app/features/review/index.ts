// Public API of the review feature, browser-safe part (labels, schemas, pure rules).
export * from "./actions.form";
export { INFORMATION_REMINDER_AFTER_DAYS, isReminderDue, reminderCutoff } from "./reminder-rules";
export * from "./scoring";
