/** The auth feature's server-only exports: guards, commands, better-auth calls. */

export {
  countActiveSessions,
  findUserForAdmin,
  listJournal,
  listUsers,
} from "./admin-queries.server";
export { type Auth, createAuth } from "./auth.server";
export {
  type AuthCall,
  callAuth,
  isRateLimited,
  refusalInit,
  refusedStatus,
  withCookies,
} from "./call-auth.server";
export { type GrantedRole, type GrantRoleRefusal, grantRole } from "./grant-role.server";
export { getSessionUser, requirePermission, requireUser } from "./guards.server";
export { revokeAllSessions } from "./revoke-sessions.server";
export type { SessionUser } from "./session-user";
export { setUserActive, type UserActivity } from "./set-user-active.server";
