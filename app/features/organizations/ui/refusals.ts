/** The message explaining why a member command was refused (404s are thrown before this). */
import type { MessageKey } from "~/i18n";
import type { OrganizationErrorCode } from "../errors";

const refusals: Partial<Record<OrganizationErrorCode, MessageKey>> = {
  last_owner: "organizations.refusal.last_owner",
  not_owner: "organizations.refusal.not_owner",
  self: "organizations.refusal.self",
  target_is_owner: "organizations.refusal.target_is_owner",
  stale: "organizations.refusal.stale",
  already_member: "organizations.join.alreadyMember",
  already_requested: "organizations.join.alreadyPending",
  too_many: "organizations.refusal.too_many",
};

/** The catalogue key of a refusal; the generic "things changed" message for unexpected codes. */
export function refusalKey(code: OrganizationErrorCode): MessageKey {
  return refusals[code] ?? "organizations.refusal.stale";
}
