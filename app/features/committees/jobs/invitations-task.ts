// The name and payload of the `committee-invitations` job, apart from its handler
// (invitations.ts), and the one way a command asks for invitations: in its own transaction, so a
// rolled-back change sends nothing (invitations.server.ts says what each change sends).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Transaction } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import type { InvitationChange } from "../invitations.server";

export const invitationsTask = {
  name: "committee-invitations",
  payload: z.object({
    sessionId: z.uuid(),
    change: z.enum(["opened", "changed", "member_added", "member_removed"]),
    userId: z.string().min(1).max(200).optional(),
    key: z.uuid(),
  }),
};

export function enqueueInvitations(
  tx: Transaction,
  jobs: JobQueue,
  request: { sessionId: string; change: InvitationChange; userId?: string },
): Promise<string> {
  return jobs.enqueue(tx, invitationsTask, { ...request, key: randomUUID() });
}
