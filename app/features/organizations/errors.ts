// Typed errors of the organisation commands (examples.md #7). Routes turn them into French
// messages (`organizations.refusal.*`, `organizations.conflict.*`) or into a 404.

export type OrganizationErrorCode =
  /** The organisation, member, request or invitation is not visible to the actor. */
  | "not_found"
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
  | "too_many";

export class OrganizationError extends Error {
  constructor(
    readonly code: OrganizationErrorCode,
    readonly details: { organizationId?: string; field?: "siret" | "rna" } = {},
  ) {
    super(`organization error: ${code}`);
    this.name = "OrganizationError";
  }
}

/** True when a database error is a unique-constraint violation (PostgreSQL and PGlite: 23505). */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if ((current as { code?: unknown }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
