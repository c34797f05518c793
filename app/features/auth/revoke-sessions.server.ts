/**
 * "Se déconnecter de tous les appareils": every session of the account ends, this one included
 * (a lost phone, a shared computer left signed in). Audited.
 */
import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { session } from "../../../db/schema";
import type { SessionUser } from "./session-user";

/** Ends every session of `actor`; returns how many there were. */
export async function revokeAllSessions(options: {
  db: Database;
  actor: SessionUser;
  requestId?: string | null;
}): Promise<{ revoked: number }> {
  return options.db.transaction(async (tx) => {
    const revoked = await tx
      .delete(session)
      .where(eq(session.userId, options.actor.id))
      .returning({ id: session.id });
    await appendAuditEvent(tx, {
      actorId: options.actor.id,
      entityType: "user",
      entityId: options.actor.id,
      action: "user.sessions_revoked",
      after: { sessions: revoked.length },
      requestId: options.requestId ?? null,
    });
    return { revoked: revoked.length };
  });
}
