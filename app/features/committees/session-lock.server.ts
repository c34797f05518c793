// What the committees' commands share: the session row locked for the transaction (its status
// decides what may change, so two requests never act on a stale one), and the refusals that
// answer a status in which the command makes no sense (409 on the form).
import { eq } from "drizzle-orm";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Transaction } from "~/platform/db/types";
import { committeeSessions } from "../../../db/schema";
import { type SessionRow, stateOf } from "./queries.server";
import type { SessionState } from "./session-state";

/** The session, locked until the transaction ends; NotFound when it does not exist. */
export async function lockSession(
  tx: Transaction,
  sessionId: string,
): Promise<SessionRow & { state: SessionState }> {
  const [row] = await tx
    .select()
    .from(committeeSessions)
    .where(eq(committeeSessions.id, sessionId))
    .for("update");
  if (!row) return notFoundError(`committee session ${sessionId}`);
  return { ...row, state: stateOf(row) };
}

/** Refuses a command the session's status does not allow; a closed session has its own words. */
export function refuseInState(state: SessionState, message: string): never {
  if (state === "closed") {
    return refuse({ code: "session_closed", message: "committees.refusal.sessionClosed" });
  }
  return refuse({ code: "wrong_session_state", message });
}
