/**
 * Builders for the screening committees (issue 14), shared by the tests and the seed: committee
 * member accounts, and sessions (planned by default) with their members, written as rows.
 * Agendas, decisions and closing go through the real commands (features/committees), so that
 * the applications move by the state machine.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "../../app/features/applications/actor";
import type { MemberSide } from "../../app/features/committees/rules";
import type { SessionState } from "../../app/features/committees/session-state";
import type { Executor } from "../../app/platform/db/types";
import { committeeMembers, committeeSessions } from "../../db/schema";
import { digitessProgramId } from "./applications";
import { buildUser } from "./users";

/** A committee member account; returns the actor. */
export async function buildCommitteeMember(
  executor: Executor,
  input: { name?: string; email?: string } = {},
): Promise<Actor> {
  const email = input.email ?? `comite-${randomUUID()}@exemple.fr`;
  const name = input.name ?? "Paul Lefèvre";
  const id = await buildUser(executor, { email, name, role: "committee_member" });
  return { id, name, email, role: "committee_member" };
}

/**
 * A session of the Digit'ESS programme (unless `programId` says otherwise) starting at
 * `startsAt` (default: in 20 days), with the given members; returns its id.
 */
export async function buildCommitteeSession(
  executor: Executor,
  input: {
    programId?: string;
    startsAt?: Date;
    place?: string | null;
    videoUrl?: string | null;
    status?: SessionState;
    createdBy?: string | null;
    members?: readonly { userId: string; side: MemberSide; present?: boolean }[];
    minFunderPresent?: number;
    minOperatorPresent?: number;
  } = {},
): Promise<string> {
  const programId = input.programId ?? (await digitessProgramId(executor));
  const [row] = await executor
    .insert(committeeSessions)
    .values({
      programId,
      startsAt: input.startsAt ?? new Date(Date.now() + 20 * 24 * 60 * 60 * 1000),
      place:
        input.place === undefined
          ? "Siège de Simplon.co, 55 rue de Vincennes, Montreuil"
          : input.place,
      videoUrl: input.videoUrl ?? null,
      status: input.status ?? "planned",
      createdBy: input.createdBy ?? null,
      minFunderPresent: input.minFunderPresent ?? 1,
      minOperatorPresent: input.minOperatorPresent ?? 1,
    })
    .returning({ id: committeeSessions.id });
  if (!row) throw new Error("committee session not inserted");
  for (const member of input.members ?? []) {
    await executor.insert(committeeMembers).values({
      sessionId: row.id,
      userId: member.userId,
      side: member.side,
      present: member.present ?? false,
    });
  }
  return row.id;
}
