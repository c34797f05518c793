// Creates a committee session by hand (planned), audited as committee_session.created. The date
// and time are read in Europe/Paris and stored as one UTC instant.
import { eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { instantInZone } from "~/platform/format/dates";
import { committeeSessions, programs } from "../../../db/schema";
import type { SessionInput } from "./committee.schema";

export async function createSession(options: {
  db: Database;
  actor: Actor;
  input: SessionInput;
  requestId?: string;
}): Promise<{ id: string }> {
  const { db, actor, input } = options;
  const startsAt = instantInZone(input.date, input.time);
  if (!startsAt) {
    return refuse({
      code: "invalid_date",
      message: "committees.session.error.dateInvalid",
      field: "date",
    });
  }
  return db.transaction(async (tx) => {
    const [programme] = await tx
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.id, input.programId));
    if (!programme) {
      return refuse({
        code: "unknown_programme",
        message: "committees.session.error.programRequired",
        field: "programId",
      });
    }
    const [row] = await tx
      .insert(committeeSessions)
      .values({
        programId: programme.id,
        startsAt,
        place: input.place,
        videoUrl: input.videoUrl,
        minFunderPresent: input.minFunderPresent,
        minOperatorPresent: input.minOperatorPresent,
        createdBy: actor.id,
      })
      .returning({ id: committeeSessions.id });
    if (!row) throw new Error("committee session not inserted");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_session",
      entityId: row.id,
      action: "committee_session.created",
      after: {
        programId: programme.id,
        startsAt: startsAt.toISOString(),
        place: input.place,
        videoUrl: input.videoUrl,
        quorum: { funder: input.minFunderPresent, operator: input.minOperatorPresent },
      },
      requestId: options.requestId,
    });
    return { id: row.id };
  });
}
