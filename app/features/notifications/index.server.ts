// Public API of the notifications feature, server part.
export { sendDigests, sendDigestsJob } from "./jobs/send-digests";
export { sendEmailJob } from "./jobs/send-email";
export * from "./kinds";
export {
  deliveryOf,
  type Notification,
  notifyApplicationEvent,
  notifyUser,
} from "./notify.server";
export { preferencesSchema } from "./preferences.form";
export {
  loadNotificationPreferences,
  saveNotificationPreferences,
} from "./save-preferences.server";
