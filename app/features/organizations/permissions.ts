// Who may do what with an organisation, as data and small pure functions (examples.md #5).
// Members act through their membership role; staff through their role and, for antenna
// managers, the départements their antennas cover.

import type { Role } from "~/features/auth";
import type { MemberRole } from "./rules";

export type MemberPermission =
  | "view:organization"
  | "edit:organization"
  | "invite:member"
  | "decide:join-request"
  | "remove:member"
  | "transfer:ownership";

const memberGrants: Readonly<Record<MemberRole, readonly MemberPermission[]>> = {
  owner: [
    "view:organization",
    "edit:organization",
    "invite:member",
    "decide:join-request",
    "remove:member",
    "transfer:ownership",
  ],
  // Members act for the organisation (profile, later diagnostics and applications); the owner
  // decides who belongs to it.
  member: ["view:organization", "edit:organization"],
};

/** True when a member with `role` holds `permission` on their organisation. */
export function memberCan(role: MemberRole, permission: MemberPermission): boolean {
  return memberGrants[role].includes(permission);
}

/** How far a staff role sees organisations: all of them, those of its antennas, or none. */
export type StaffReach = "all" | "antennas" | "none";

const staffReach: Readonly<Record<Role, StaffReach>> = {
  applicant: "none",
  instructor: "all",
  antenna_manager: "antennas",
  committee_member: "none",
  funder: "none",
  admin: "all",
};

/** The reach of a role over organisations it is not a member of. */
export function staffReachOf(role: Role): StaffReach {
  return staffReach[role];
}

/** True when staff with `role` covering `coveredDepartements` may see an organisation there. */
export function staffCanSee(
  role: Role,
  coveredDepartements: readonly string[],
  organizationDepartement: string | null,
): boolean {
  const reach = staffReachOf(role);
  if (reach === "all") return true;
  if (reach === "none" || organizationDepartement === null) return false;
  return coveredDepartements.includes(organizationDepartement);
}

// Member policies on a person of the same organisation: each says why it refuses, and the
// commands refuse with that reason (refusals.ts).

export type RuleResult<Reason extends string> =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: Reason };

const allowed = { ok: true } as const;

/** A member may leave unless they are its last owner (someone must be able to manage it). */
export function canLeave(input: {
  role: MemberRole;
  ownerCount: number;
}): RuleResult<"last_owner"> {
  if (input.role === "owner" && input.ownerCount <= 1) return { ok: false, reason: "last_owner" };
  return allowed;
}

/** An owner may remove another member; nobody removes themselves (they leave) or a fellow owner. */
export function canRemoveMember(input: {
  actorRole: MemberRole;
  actorId: string;
  targetId: string;
  targetRole: MemberRole;
}): RuleResult<"not_owner" | "self" | "target_is_owner"> {
  if (input.actorRole !== "owner") return { ok: false, reason: "not_owner" };
  if (input.actorId === input.targetId) return { ok: false, reason: "self" };
  if (input.targetRole === "owner") return { ok: false, reason: "target_is_owner" };
  return allowed;
}

/** An owner may hand ownership to another member who is not an owner yet. */
export function canTransferOwnership(input: {
  actorRole: MemberRole;
  actorId: string;
  targetId: string;
  targetRole: MemberRole;
}): RuleResult<"not_owner" | "self" | "target_is_owner"> {
  if (input.actorRole !== "owner") return { ok: false, reason: "not_owner" };
  if (input.actorId === input.targetId) return { ok: false, reason: "self" };
  if (input.targetRole === "owner") return { ok: false, reason: "target_is_owner" };
  return allowed;
}
