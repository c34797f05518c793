/**
 * Authorisation as data and pure functions (examples.md #5). An area is a part of the site with
 * its own navigation entry; a permission is `<action>:<subject>`. Scopes (départements of an
 * antenna, programmes of a funder) are added by the features that own those records.
 */
import type { Role } from "./roles";

export const areas = ["applicant", "review", "committees", "support", "steering", "admin"] as const;
export type Area = (typeof areas)[number];

export type Permission =
  | `view:area:${Area}`
  | "read:outbox"
  | "manage:users"
  | "manage:programs"
  // Staff reading submitted applications' files and receipts, within their reach (issue 6).
  | "read:application-files"
  // Administrators publishing a new version of the diagnostic's question bank (issue 5).
  | "manage:question-banks"
  // Taking review decisions (issue 13): start, ask, correct, score, ready, ineligible, reassign.
  // Reading the inbox and the files is `view:area:review`, within the staff application scope.
  | "review:applications"
  // Reading the audit trail (issue 12): administrators only.
  | "read:audit-trail"
  // Preparing screening committees (issue 14): sessions, members, agenda, opening and starting.
  // Taking part (scores, conflicts, decisions) is the session's members', checked per session.
  | "prepare:committees"
  // Administrators watching and retrying the failed background jobs (issue 12, /admin/taches).
  | "manage:jobs"
  // Delivering supports (issue 15): planning, milestones and deliverables, status moves, within
  // the antenna(s) of an antenna manager. Abandoning is also the programme team's (instructors).
  | "deliver:supports"
  // Recording the money of supports (issue 15): invoices and payments per funder, the split.
  | "record:support-payments";

const grants: Readonly<Record<Role, readonly Permission[]>> = {
  applicant: ["view:area:applicant"],
  instructor: [
    "view:area:review",
    "view:area:committees",
    "read:application-files",
    "review:applications",
    "prepare:committees",
    "view:area:support",
    "record:support-payments",
  ],
  antenna_manager: [
    "view:area:review",
    "view:area:support",
    "read:application-files",
    "deliver:supports",
  ],
  committee_member: ["view:area:committees"],
  funder: ["view:area:steering"],
  admin: [
    "view:area:review",
    "view:area:committees",
    "view:area:support",
    "view:area:steering",
    "view:area:admin",
    "read:outbox",
    "manage:users",
    "manage:programs",
    "read:application-files",
    "manage:question-banks",
    "review:applications",
    "read:audit-trail",
    "prepare:committees",
    "manage:jobs",
    "deliver:supports",
    "record:support-payments",
  ],
};

/** True when a user with `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** The areas a role may open, in navigation order. */
export function visibleAreas(role: Role): Area[] {
  return areas.filter((area) => can(role, `view:area:${area}`));
}

/**
 * The home page of a role after sign-in: its first area; an administrator's is the
 * administration (they run the platform, and also see every staff area from its navigation).
 */
export function homeAreaOf(role: Role): Area {
  if (role === "admin") return "admin";
  return visibleAreas(role)[0] ?? "applicant";
}
