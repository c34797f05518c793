// Creates a committee session (planned), by hand or by the daily job that prepares the next one
// from the programme's cadence (`source: "cadence"`, the system as actor), audited as
// committee_session.created. The date and time are read in Europe/Paris and stored as one UTC
// instant.
import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { instantInZone } from "~/platform/format/dates";
import { committeeSessions, programs } from "../../../db/schema";
import type { SessionInput } from "./committee.schema";
import type { CommandActor } from "./system-actor";

/** The instant a session's Paris date and time name; refuses a date that does not exist. */
export function sessionStartsAt(input: { date: string; time: string }): Date {
  const startsAt = instantInZone(input.date, input.time);
  if (!startsAt) {
    return refuse({
      code: "invalid_date",
      message: "committees.session.error.dateInvalid",
      field: "date",
    });
  }
  return startsAt;
}

export async function createSession(options: {
  db: Database;
  actor: CommandActor;
  input: SessionInput;
  /** "cadence": prepared by the daily job (recorded in the audit event). */
  source?: "cadence";
  requestId?: string;
}): Promise<{ id: string }> {
  const { db, actor, input } = options;
  const startsAt = sessionStartsAt(input);
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
        ...(options.source ? { source: options.source } : {}),
      },
      requestId: options.requestId,
    });
    return { id: row.id };
  });
}
