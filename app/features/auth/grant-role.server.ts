/**
 * Gives an existing account a role (staff accounts, and the first administrator of a production
 * installation, where no demo account exists). Used by `npm run users:grant-role`.
 */
import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { user } from "../../../db/schema";
import { type Role, roles } from "./roles";

/** The role change made. */
export interface GrantedRole {
  readonly userId: string;
  readonly before: string;
  readonly after: Role;
}

/** Why a role is not granted (the `code` of the Refusal). */
export type GrantRoleRefusal = "unknown_role" | "unknown_user" | "unverified_email";

/**
 * Sets the role of the account with this e-mail, with an audit event; the actor may be null
 * (CLI). Throws a Refusal (`GrantRoleRefusal` codes) for an unknown role or account, or an
 * address not yet confirmed.
 */
export async function grantRole(options: {
  db: Database;
  email: string;
  role: string;
  actorId: string | null;
}): Promise<GrantedRole> {
  if (!(roles as readonly string[]).includes(options.role)) {
    refuse({
      code: "unknown_role",
      message: "auth.grantRole.unknownRole",
      field: "role",
      params: { role: options.role },
    });
  }
  const role = options.role as Role;
  return options.db.transaction(async (tx) => {
    const [account] = await tx
      .select({ id: user.id, role: user.role, emailVerified: user.emailVerified })
      .from(user)
      .where(eq(user.email, options.email.trim().toLowerCase()))
      .for("update");
    if (!account) {
      refuse({ code: "unknown_user", message: "auth.grantRole.unknownUser", field: "email" });
    }
    if (!account.emailVerified) {
      refuse({
        code: "unverified_email",
        message: "auth.grantRole.unverifiedEmail",
        field: "email",
      });
    }
    await tx.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, account.id));
    await appendAuditEvent(tx, {
      actorId: options.actorId,
      entityType: "user",
      entityId: account.id,
      action: "user.role_granted",
      before: { role: account.role },
      after: { role },
    });
    return { userId: account.id, before: account.role, after: role };
  });
}
