// Public API of the notifications feature, server part.
export { deliveryOf, type Notification, notifyUser } from "./notify.server";
