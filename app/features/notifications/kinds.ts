// The kinds of event a user may hear of, and how (pure, safe for the browser). Every user chooses
// per kind: an e-mail at once, a line in a daily digest, or nothing. Required mails (account
// verification, password reset, the acknowledgement of a submission, decisions) are not kinds:
// they are always sent, through `sendEmailJob` directly.

export const notificationKinds = [
  // Staff: the applicant wrote, answered an information request, resubmitted a correction.
  "applicant_message",
  "information_answered",
  "correction_resubmitted",
  // Staff: an application was assigned to them.
  "application_assigned",
  // Staff who prepare committees: the next session was prepared from the cadence (issue 14).
  "committee_session_prepared",
  // Applicants: the team wrote, asked for information or a correction, or reminds them.
  "staff_message",
  "information_requested",
  "correction_requested",
  "information_reminder",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The page where every user chooses. */
export const PREFERENCES_PATH = "/compte/notifications";

export const deliveries = ["immediate", "digest", "none"] as const;
export type Delivery = (typeof deliveries)[number];

/** Without a stored choice, a user is told at once. */
export const DEFAULT_DELIVERY: Delivery = "immediate";

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (notificationKinds as readonly string[]).includes(value);
}

export function isDelivery(value: unknown): value is Delivery {
  return typeof value === "string" && (deliveries as readonly string[]).includes(value);
}

/** The stored value of a preference, or the default when it is missing or unknown. */
export function toDelivery(value: unknown): Delivery {
  return isDelivery(value) ? value : DEFAULT_DELIVERY;
}

/** Who a kind is for: staff hear of applicants' actions, applicants of the team's. */
export type Audience = "staff" | "applicant";

const staffKinds: readonly NotificationKind[] = [
  "applicant_message",
  "information_answered",
  "correction_resubmitted",
  "application_assigned",
  "committee_session_prepared",
];
const applicantKinds: readonly NotificationKind[] = [
  "staff_message",
  "information_requested",
  "correction_requested",
  "information_reminder",
];

/** The kinds a user of `audience` may choose for (none for users outside both audiences). */
export function kindsFor(audience: Audience | null): readonly NotificationKind[] {
  if (audience === "staff") return staffKinds;
  if (audience === "applicant") return applicantKinds;
  return [];
}

/**
 * The stored choice of each kind of `audience`, the default where nothing is stored and
 * unknown or foreign rows ignored.
 */
export function choicesFor(
  audience: Audience | null,
  stored: readonly { eventKind: string; delivery: string }[],
): { kind: NotificationKind; delivery: Delivery }[] {
  return kindsFor(audience).map((kind) => ({
    kind,
    delivery: toDelivery(stored.find((row) => row.eventKind === kind)?.delivery),
  }));
}
