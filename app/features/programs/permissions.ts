/** Who may do what with programmes: reading is public, configuring is for administrators. */
import { can, type Permission, type Role } from "~/features/auth";

/** The permission the admin routes of programmes require. */
export const MANAGE_PROGRAMMES = "manage:programs" satisfies Permission;

/** True when a role may create and configure programmes. */
export function canManageProgrammes(role: Role): boolean {
  return can(role, MANAGE_PROGRAMMES);
}
