/**
 * Gives an existing account a role (staff accounts, and the first administrator of a production
 * installation, where no demo account exists). Used by `npm run users:grant-role`.
 */
import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { user } from "../../../db/schema";
import { type Role, roles } from "./roles";

export type GrantRoleResult =
  | { ok: true; userId: string; before: string; after: Role }
  | { ok: false; reason: "unknown_role" | "unknown_user" | "unverified_email" };

/** Sets the role of the account with this e-mail, with an audit event; the actor may be null (CLI). */
export async function grantRole(options: {
  db: Database;
  email: string;
  role: string;
  actorId: string | null;
}): Promise<GrantRoleResult> {
  if (!(roles as readonly string[]).includes(options.role))
    return { ok: false, reason: "unknown_role" };
  const role = options.role as Role;
  return options.db.transaction(async (tx) => {
    const [account] = await tx
      .select({ id: user.id, role: user.role, emailVerified: user.emailVerified })
      .from(user)
      .where(eq(user.email, options.email.trim().toLowerCase()))
      .for("update");
    if (!account) return { ok: false, reason: "unknown_user" } as const;
    if (!account.emailVerified) return { ok: false, reason: "unverified_email" } as const;
    await tx.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, account.id));
    await appendAuditEvent(tx, {
      actorId: options.actorId,
      entityType: "user",
      entityId: account.id,
      action: "user.role_granted",
      before: { role: account.role },
      after: { role },
    });
    return { ok: true, userId: account.id, before: account.role, after: role } as const;
  });
}
