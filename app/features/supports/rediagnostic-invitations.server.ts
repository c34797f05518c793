// The re-diagnostic (issue 15, maturity gain): months after a structure's last support closed,
// every member is invited by e-mail to take the diagnostic again, so that /espace/diagnostics shows
// what changed per theme. The months are those of the programme of that last closed support
// (`programs.rediagnostic_months`, 6 by default, edited on the programme's levels admin page).
//
// Run every morning by the `rediagnostic-invitations` job. A structure is invited when
// `rediagnosticDue` (follow-up-timing.ts) says so for today (Paris calendar days): its last
// support closed at least that many months ago, none of its supports is planned, in progress or
// delivered, and it was not invited since that closing. One transaction per structure: the
// `rediagnostic_invitations` row (unique per structure and last closing, so a second run, or a
// second worker, sends nothing more), one e-mail per member, and the audit event on the
// organisation. A required mail, like the feedback survey's: it bypasses the notification choices.
// A structure without members is left for a later day (nothing is recorded).
import { and, asc, desc, eq, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import { memberRecipients } from "~/features/applications/index.server";
import { diagnosticPaths } from "~/features/diagnostic";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database, Transaction } from "~/platform/db/types";
import { calendarDateIn } from "~/platform/format/dates";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { organizations, programs, rediagnosticInvitations, supports } from "../../../db/schema";
import { rediagnosticEmail } from "./emails/rediagnostic";
import { addMonths, rediagnosticDue } from "./follow-up-timing";

/** The states of a support that is planned or not over yet (not closed, not abandoned). */
const openStates = ["planned", "in_progress", "delivered"] as const;

/** One structure whose last support closed and that was not invited for that closing yet. */
type Candidate = {
  organizationId: string;
  organizationName: string;
  lastClosedAt: Date;
  months: number;
  programme: string;
  lastInvitedAt: Date | null;
};

/** The new-diagnostic link of the invitation: the start page a signed-in member uses. */
export function rediagnosticPath(): string {
  return diagnosticPaths.intro;
}

/** The structure's diagnostics page, where the gain per theme shows once it is done again. */
export function organizationDiagnosticsPath(organizationId: string): string {
  return `${diagnosticPaths.space}?structure=${encodeURIComponent(organizationId)}`;
}

/**
 * Invites every structure due on `now` (see above). Returns how many structures were invited and
 * how many e-mails were enqueued.
 */
export async function sendRediagnosticInvitations(options: {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  now?: Date;
}): Promise<{ invited: number; mailed: number }> {
  const now = options.now ?? new Date();
  let invited = 0;
  let mailed = 0;
  for (const candidate of await candidates(options.db)) {
    const sent = await options.db.transaction((tx) => invite(tx, candidate, { ...options, now }));
    if (sent > 0) {
      invited += 1;
      mailed += sent;
    }
  }
  return { invited, mailed };
}

/**
 * Each structure's last closed support (its closing time and its programme's months), when the
 * structure has no open support and no invitation for that closing; oldest closings first.
 */
async function candidates(db: Database): Promise<Candidate[]> {
  const last = db
    .selectDistinctOn([supports.organizationId], {
      organizationId: supports.organizationId,
      lastClosedAt: supports.closedAt,
      months: programs.rediagnosticMonths,
      programme: sql<string>`${programs.name}`.as("programme"),
    })
    .from(supports)
    .innerJoin(programs, eq(programs.id, supports.programId))
    .where(and(eq(supports.status, "closed"), isNotNull(supports.closedAt)))
    .orderBy(supports.organizationId, desc(supports.closedAt), desc(supports.id))
    .as("last_closings");
  const rows = await db
    .select({
      organizationId: last.organizationId,
      organizationName: organizations.name,
      lastClosedAt: last.lastClosedAt,
      months: last.months,
      programme: last.programme,
      lastInvitedAt: sql<Date | null>`(
        select max(${rediagnosticInvitations.sentAt}) from ${rediagnosticInvitations}
        where ${rediagnosticInvitations.organizationId} = ${last.organizationId}
      )`.mapWith(rediagnosticInvitations.sentAt),
    })
    .from(last)
    .innerJoin(organizations, eq(organizations.id, last.organizationId))
    .where(
      and(
        notExists(
          db
            .select({ one: sql`1` })
            .from(supports)
            .where(
              and(
                eq(supports.organizationId, last.organizationId),
                inArray(supports.status, [...openStates]),
              ),
            ),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(rediagnosticInvitations)
            .where(
              and(
                eq(rediagnosticInvitations.organizationId, last.organizationId),
                eq(rediagnosticInvitations.lastClosedAt, last.lastClosedAt),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(last.lastClosedAt), asc(last.organizationId));
  return rows.flatMap((row) =>
    row.lastClosedAt === null ? [] : [{ ...row, lastClosedAt: row.lastClosedAt }],
  );
}

/**
 * Invites one structure in `tx` when it is due on `now`: its invitation row, one e-mail per
 * member, the audit event. Returns the number of e-mails enqueued (0: not due, already invited
 * for this closing, or no member).
 */
async function invite(
  tx: Transaction,
  candidate: Candidate,
  options: { jobs: JobQueue; appUrl: string; now: Date },
): Promise<number> {
  const { now } = options;
  // Counted again in the transaction: a support planned since the list was read postpones it.
  const [open] = await tx
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(supports)
    .where(
      and(
        eq(supports.organizationId, candidate.organizationId),
        inArray(supports.status, [...openStates]),
      ),
    );
  const lastClosedOn = calendarDateIn(candidate.lastClosedAt);
  const today = calendarDateIn(now);
  // An invitation counts for this closing only if it was sent after it (the same day too).
  const invitedAt =
    candidate.lastInvitedAt !== null &&
    candidate.lastInvitedAt.getTime() >= candidate.lastClosedAt.getTime()
      ? calendarDateIn(candidate.lastInvitedAt)
      : null;
  const due = rediagnosticDue({
    lastClosedAt: lastClosedOn,
    openSupports: open?.count ?? 0,
    alreadyInvitedAt: invitedAt,
    now: today,
    months: candidate.months,
  });
  if (!due) return 0;

  const members = await memberRecipients(tx, candidate.organizationId);
  if (members.length === 0) return 0;
  // Claimed once per closing: a second run, or a concurrent one, inserts nothing and mails nothing.
  const claimed = await tx
    .insert(rediagnosticInvitations)
    .values({
      organizationId: candidate.organizationId,
      lastClosedAt: candidate.lastClosedAt,
      sentAt: now,
    })
    .onConflictDoNothing({
      target: [rediagnosticInvitations.organizationId, rediagnosticInvitations.lastClosedAt],
    })
    .returning({ id: rediagnosticInvitations.id });
  if (claimed.length === 0) return 0;

  const months = wholeMonthsSince(lastClosedOn, today, candidate.months);
  const email = rediagnosticEmail({
    organizationName: candidate.organizationName,
    programme: candidate.programme,
    months,
    url: `${options.appUrl}${rediagnosticPath()}`,
    diagnosticsUrl: `${options.appUrl}${organizationDiagnosticsPath(candidate.organizationId)}`,
  });
  for (const member of members) {
    await options.jobs.enqueue(tx, sendEmailJob, { to: member.email, ...email });
  }
  await appendAuditEvent(tx, {
    actorId: null,
    entityType: "organization",
    entityId: candidate.organizationId,
    action: "organization.rediagnostic_invited",
    after: {
      lastClosedAt: candidate.lastClosedAt.toISOString(),
      months: candidate.months,
      recipients: members.length,
    },
  });
  return members.length;
}

/**
 * Whole months from `from` to `to` (calendar days), counted from `atLeast` (the due delay, which
 * has passed): the e-mail says how long ago the support ended, even when the invitation is late.
 */
function wholeMonthsSince(from: string, to: string, atLeast: number): number {
  let months = atLeast;
  while (addMonths(from, months + 1) <= to) months += 1;
  return months;
}
