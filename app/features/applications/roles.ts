// The platform roles, as the application state machine sees them. Same list as `Role` in
// features/auth/roles.ts, which owns it: once the auth feature has an index.ts, import `Role` from
// there and delete this file (features import each other only through their index.ts).

export const actorRoles = [
  "applicant",
  "instructor",
  "antenna_manager",
  "committee_member",
  "funder",
  "admin",
] as const;

export type ActorRole = (typeof actorRoles)[number];

/** Tells whether a value is one of the platform roles. */
export function isActorRole(value: unknown): value is ActorRole {
  return typeof value === "string" && (actorRoles as readonly string[]).includes(value);
}
