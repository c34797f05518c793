// The preferences form: one radio group per kind, named after the kind. Only the kinds of the
// signed-in user's audience are read; any other field is ignored. Messages are catalogue keys.
import { z } from "zod";
import { type Audience, deliveries, kindsFor, type NotificationKind } from "./kinds";

const delivery = z.enum(deliveries, { error: "notifications.error.delivery" });

/** The schema of the form of a user of `audience`: every kind of theirs, a valid delivery each. */
export function preferencesSchema(audience: Audience | null) {
  const shape: Partial<Record<NotificationKind, typeof delivery>> = {};
  for (const kind of kindsFor(audience)) shape[kind] = delivery;
  return z.object(shape as Record<NotificationKind, typeof delivery>);
}
