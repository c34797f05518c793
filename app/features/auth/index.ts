export { areaPaths } from "./areas";
export { navigationFor } from "./navigation";
export { can, homeAreaOf, type Permission } from "./permissions";
export { type Role, roles, toRole } from "./roles";
export {
  getSessionUser,
  requirePermission,
  requireUser,
  type SessionUser,
  safeRedirectPath,
} from "./session.server";
