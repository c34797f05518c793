/**
 * An administrator deactivates or reactivates an account (issue 12). A deactivated account
 * cannot sign in by any means (better-auth's session hook refuses it, `auth-hooks.server.ts`),
 * is sent no sign-in link or reset mail, and loses every session at once. Both are audited.
 */
import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { isPossibleUserId } from "~/platform/identifiers/user-id";
import { session, user } from "../../../db/schema";
import type { SessionUser } from "./session-user";

/** What changed. */
export interface UserActivity {
  readonly userId: string;
  readonly active: boolean;
  readonly sessionsRevoked: number;
}

/** Deactivates (`active: false`) or reactivates an account; refuses an administrator's own. */
export async function setUserActive(options: {
  db: Database;
  actor: SessionUser;
  userId: string;
  active: boolean;
  requestId?: string | null;
  now?: Date;
}): Promise<UserActivity> {
  const { actor, userId, active } = options;
  if (!active && userId === actor.id) {
    refuse({ code: "self_deactivation", message: "auth.admin.refusal.self" });
  }
  if (!isPossibleUserId(userId)) notFoundError("user");
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: user.id, deactivatedAt: user.deactivatedAt })
      .from(user)
      .where(eq(user.id, userId))
      .for("update");
    if (!target) notFoundError(`user ${userId}`);
    const wasActive = target.deactivatedAt === null;
    if (wasActive === active) {
      refuse({
        code: active ? "already_active" : "already_deactivated",
        message: active ? "auth.admin.refusal.alreadyActive" : "auth.admin.refusal.alreadyInactive",
      });
    }
    await tx
      .update(user)
      .set({ deactivatedAt: active ? null : now, updatedAt: now })
      .where(eq(user.id, userId));
    const revoked = active
      ? []
      : await tx.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: active ? "user.reactivated" : "user.deactivated",
      before: { active: wasActive },
      after: active ? { active } : { active, sessionsRevoked: revoked.length },
      requestId: options.requestId ?? null,
    });
    return { userId, active, sessionsRevoked: revoked.length };
  });
}
