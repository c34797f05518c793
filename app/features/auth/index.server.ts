/** The auth feature's server-only exports: guards, commands, better-auth calls. */
export { type Auth, createAuth } from "./auth.server";
export {
  type AuthCall,
  callAuth,
  isRateLimited,
  refusedStatus,
  withCookies,
} from "./call-auth.server";
export { type GrantedRole, type GrantRoleRefusal, grantRole } from "./grant-role.server";
export { getSessionUser, requirePermission, requireUser } from "./guards.server";
export type { SessionUser } from "./session-user";
