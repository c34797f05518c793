// Public API of the review feature, browser-safe part (labels, schemas, pure rules).

export * from "./actions.form";
export {
  CORRECTION_MESSAGE_MAX_LENGTH,
  type CorrectionInput,
  correctableFields,
  correctionSchema,
} from "./correction.form";
export { diffCorrection, type FieldChange, type FieldValue } from "./correction-diff";
export { INFORMATION_REMINDER_AFTER_DAYS, isReminderDue, reminderCutoff } from "./reminder-rules";
export * from "./scoring";
