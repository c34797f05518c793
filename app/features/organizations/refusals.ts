// The refusals of the organisation commands (~/platform/commands/outcome): each one a stable
// code the pages branch on, the catalogue key people read and the form field it belongs to.
// Commands throw them; a member the actor cannot see is a NotFound (404), never a refusal.

import type { MessageKey } from "~/i18n";
import { refuse } from "~/platform/commands/outcome";

export type OrganizationRefusalCode =
  /** The SIREN or RNA number is already registered by another organisation. */
  | "already_registered"
  | "already_member"
  | "already_requested"
  | "last_owner"
  | "not_owner"
  | "self"
  | "target_is_owner"
  /** The request or invitation was decided, revoked or expired in the meantime. */
  | "stale"
  /** Too many invitations or join requests in 24 hours (each one sends e-mails). */
  | "too_many"
  /** The message of a join request is longer than allowed. */
  | "message_too_long";

/** The reasons the pure member rules give (rules.ts), with the sentence that explains each. */
export const memberRuleMessages = {
  last_owner: "organizations.refusal.last_owner",
  not_owner: "organizations.refusal.not_owner",
  self: "organizations.refusal.self",
  target_is_owner: "organizations.refusal.target_is_owner",
} as const satisfies Record<string, MessageKey>;

export type MemberRuleReason = keyof typeof memberRuleMessages;

/** Refuses with the reason a member rule gave (whole form). */
export function refuseMemberRule(reason: MemberRuleReason): never {
  return refuse({ code: reason, message: memberRuleMessages[reason] });
}

/** Refuses a request or invitation that was decided, revoked or expired in the meantime. */
export function refuseStale(): never {
  return refuse({ code: "stale", message: "organizations.refusal.stale" });
}

/** Refuses past the daily cap of invitations or join requests. */
export function refuseTooMany(field?: string): never {
  return refuse({
    code: "too_many",
    message: "organizations.refusal.too_many",
    ...(field ? { field } : {}),
  });
}

/** Refuses an identifier registered by another organisation, on its field. */
export function refuseAlreadyRegistered(
  field: "siret" | "rna",
  organizationId: string | undefined,
): never {
  return refuse({
    code: "already_registered",
    message: `organizations.conflict.${field}`,
    field,
    details: organizationId ? { organizationId } : {},
  });
}
