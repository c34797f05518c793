// Pure rules of organisations and their members: no I/O, tested exhaustively in rules.test.ts.

import { departementFromPostcode, getDepartement, isDepartementCode } from "~/platform/geo";

export const memberRoles = ["owner", "member"] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Narrows a database value to a member role; anything unknown is the least powerful role. */
export function toMemberRole(value: unknown): MemberRole {
  return value === "owner" ? "owner" : "member";
}

/** Days an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 14;

/** The instant an invitation sent at `now` expires. */
export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
}

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

/** The state of an invitation at `now`: accepted and revoked win over expiry. */
export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

export type Location = { departement: string; region: string | null };

/**
 * The département and région of a head office: the département the applicant chose (a few
 * communes near a boundary carry a neighbour's postcode), otherwise the one of the postcode;
 * null when neither gives a known département (98xxx, typing mistakes).
 */
export function locate(postcode: string, chosenDepartement?: string | null): Location | null {
  const code =
    chosenDepartement && isDepartementCode(chosenDepartement)
      ? chosenDepartement
      : departementFromPostcode(postcode);
  if (!code) return null;
  return { departement: code, region: getDepartement(code)?.region ?? null };
}

/** Lower-cases and trims an e-mail address so invitations match accounts whatever the case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
