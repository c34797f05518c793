// The daily preparation of the next committee sessions (issue 14: "a job prepares the next
// session and its draft agenda ten days before"). For each open programme, in one transaction
// under an advisory lock (so a second run, or a second instance, finds the session the first
// one committed and prepares nothing):
//   - the pure rule (cadence.ts, programmeSessionToPrepare) says whether a session is due:
//     its agenda day has come in Paris, and the programme has no session in that month yet
//     (prepared by the job or by hand);
//   - the session is created by the same command as by hand (createSession, `source: "cadence"`),
//     the system as actor (a null actor id in the audit trail), with the place, video link and
//     quorum of the programme's previous session;
//   - the members of the previous session are added (addMember: accounts still committee
//     members, neither deleted nor deactivated), none when there is no previous session;
//   - the draft agenda: every application ready for committee or postponed, oldest first,
//     through the agenda command (addItem: it schedules each one by the state machine);
//   - the preparers (instructors and administrators) are told, each as they chose
//     (notifyUser, kind "committee_session_prepared"), with the session's link.
// A programme that fails does not stop the others; the job then fails, to be retried.
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { can, roles } from "~/features/auth";
import { notifyUser } from "~/features/notifications/index.server";
import { attempt } from "~/platform/commands/outcome";
import { ADVISORY_LOCKS } from "~/platform/db/advisory-lock.server";
import type { Database, Transaction } from "~/platform/db/types";
import { calendarDateIn, formatDateTime, zonedParts } from "~/platform/format/dates";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { committeeMembers, committeeSessions, programs, user } from "../../../db/schema";
import { existingSessionsFrom, programmeSessionToPrepare } from "./cadence";
import { addItem } from "./change-agenda.server";
import { addMember } from "./change-members.server";
import { createSession } from "./create-session.server";
import { sessionPreparedEmail, sessionPreparedLine } from "./emails/session-prepared";
import { listCandidates } from "./queries.server";
import { isMemberSide } from "./rules";
import { systemActor } from "./system-actor";

/** A session's quorum when there is no previous session to take it from (the form's default). */
const DEFAULT_QUORUM = 1;

/** One session the job prepared. */
export type PreparedSession = {
  programId: string;
  sessionId: string;
  /** Its Paris date, "YYYY-MM-DD". */
  date: string;
  members: number;
  items: number;
  /** Preparers told (by e-mail, digest, or not at all as they chose). */
  preparers: number;
};

type Options = { db: Database; jobs: JobQueue; appUrl: string; now?: Date };

/** Prepares what is due for every open programme; returns the sessions created. */
export async function prepareSessions(options: Options): Promise<PreparedSession[]> {
  const now = options.now ?? new Date();
  const open = await options.db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.status, "open"))
    .orderBy(asc(programs.name), asc(programs.id));
  const prepared: PreparedSession[] = [];
  const failed: { programId: string; error: unknown }[] = [];
  for (const programme of open) {
    try {
      const session = await prepareProgrammeSession({ ...options, now, programId: programme.id });
      if (session) prepared.push(session);
    } catch (error) {
      failed.push({ programId: programme.id, error });
    }
  }
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((failure) => failure.error),
      `committee session preparation failed for ${failed.map((f) => f.programId).join(", ")}`,
    );
  }
  return prepared;
}

/** Prepares the next session of one programme if it is due; null when nothing is to be done. */
export async function prepareProgrammeSession(
  options: Options & { now: Date; programId: string },
): Promise<PreparedSession | null> {
  const { now } = options;
  return options.db.transaction(async (tx) => {
    // One preparation at a time, whatever the number of instances; released at commit.
    await tx.execute(
      sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.committeeSessionPreparation}::bigint)`,
    );
    const [programme] = await tx
      .select({
        id: programs.id,
        name: programs.name,
        status: programs.status,
        committeeCadence: programs.committeeCadence,
        startsOn: programs.startsOn,
        endsOn: programs.endsOn,
      })
      .from(programs)
      .where(eq(programs.id, options.programId));
    if (!programme) return null;
    const existing = await tx
      .select({ startsAt: committeeSessions.startsAt })
      .from(committeeSessions)
      .where(
        and(
          eq(committeeSessions.programId, programme.id),
          gte(committeeSessions.startsAt, existingSessionsFrom(now)),
        ),
      );
    const planned = programmeSessionToPrepare(
      programme,
      now,
      existing.map((row) => calendarDateIn(row.startsAt)),
    );
    if (!planned) return null;

    const [previous] = await tx
      .select()
      .from(committeeSessions)
      .where(
        and(
          eq(committeeSessions.programId, programme.id),
          lt(committeeSessions.startsAt, planned.startsAt),
        ),
      )
      .orderBy(desc(committeeSessions.startsAt))
      .limit(1);
    const { id: sessionId } = await createSession({
      db: tx,
      actor: systemActor,
      source: "cadence",
      input: {
        programId: programme.id,
        date: planned.date,
        time: zonedParts(planned.startsAt).time,
        place: previous?.place ?? null,
        videoUrl: previous?.videoUrl ?? null,
        minFunderPresent: previous?.minFunderPresent ?? DEFAULT_QUORUM,
        minOperatorPresent: previous?.minOperatorPresent ?? DEFAULT_QUORUM,
      },
    });

    let members = 0;
    for (const member of previous ? await previousMembers(tx, previous.id) : []) {
      const side = member.side;
      if (!isMemberSide(side)) continue;
      const added = await attempt(() =>
        addMember({
          db: tx,
          jobs: options.jobs,
          actor: systemActor,
          sessionId,
          userId: member.userId,
          side,
        }),
      );
      if (added.ok) members += 1;
    }

    let items = 0;
    for (const candidate of await listCandidates(tx, programme.id)) {
      // An application that changed state meanwhile is left out (the command refuses it).
      const added = await attempt(() =>
        addItem({ db: tx, actor: systemActor, sessionId, applicationId: candidate.id }),
      );
      if (added.ok) items += 1;
    }

    const preparers = await tellPreparers(tx, options.jobs, {
      url: `${options.appUrl}/comites/${sessionId}`,
      programme: programme.name,
      date: formatDateTime(planned.startsAt, "fr"),
      members,
      items,
      hasPlace: Boolean(previous?.place || previous?.videoUrl),
    });
    return { programId: programme.id, sessionId, date: planned.date, members, items, preparers };
  });
}

/** The previous session's members whose accounts are still active, in the order they joined. */
async function previousMembers(tx: Transaction, sessionId: string) {
  return tx
    .select({ userId: committeeMembers.userId, side: committeeMembers.side })
    .from(committeeMembers)
    .innerJoin(user, eq(user.id, committeeMembers.userId))
    .where(
      and(
        eq(committeeMembers.sessionId, sessionId),
        isNull(user.deletedAt),
        isNull(user.deactivatedAt),
      ),
    )
    .orderBy(asc(committeeMembers.addedAt), asc(committeeMembers.userId));
}

/** The roles that prepare sessions (instructors, administrators). */
const preparerRoles = roles.filter((role) => can(role, "prepare:committees"));

async function tellPreparers(
  tx: Transaction,
  jobs: JobQueue,
  input: Parameters<typeof sessionPreparedEmail>[0],
): Promise<number> {
  const preparers = await tx
    .select({ id: user.id, email: user.email })
    .from(user)
    .where(
      and(
        inArray(user.role, [...preparerRoles]),
        isNull(user.deletedAt),
        isNull(user.deactivatedAt),
      ),
    )
    .orderBy(asc(user.id));
  const mail = sessionPreparedEmail(input);
  for (const preparer of preparers) {
    await notifyUser(tx, jobs, {
      userId: preparer.id,
      email: preparer.email,
      kind: "committee_session_prepared",
      mail,
      digestLine: sessionPreparedLine(input),
      url: input.url,
    });
  }
  return preparers.length;
}
