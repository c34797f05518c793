// Submits a draft, once: the row is locked and must still be a draft, so a double click or a
// retry finds it submitted and gets the same number back. In one transaction: the next number of
// the year, the state change, the requested levels with server-computed amounts, the frozen
// snapshot, the timeline event, the audit event and the acknowledgement e-mail. Refusals are
// thrown: "not_allowed" (not a draft and never numbered), "invalid" (`details.problems`),
// "ineligible" (`details.eligibility`); NotFound when the draft is not the organisation's.
import { and, eq, sql } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database, Transaction } from "~/platform/db/types";
import { calendarYearIn } from "~/platform/format/dates";
import type { JobQueue } from "~/platform/jobs/queue.server";
import {
  antennas,
  applicationEvents,
  applicationNumberSequences,
  applications,
  organizations,
} from "../../../db/schema";
import type { Actor } from "./actor";
import { formatApplicationNumber } from "./application-number";
import { acknowledgementEmail } from "./emails/acknowledgement";
import { loadProgramConfig } from "./queries.server";
import { SUMMARY_STEP } from "./rules";
import { transition } from "./state-machine";
import { validatedContent, writeSubmittedContent } from "./submission-content.server";

/** A submission: its number, and whether it was already sent (a retry) or flagged for review. */
export type Submitted = { number: string; alreadySubmitted: boolean; flaggedForReview: boolean };

const refuseNotAllowed = () =>
  refuse({ code: "not_allowed", message: "applications.error.notAllowed" });

/** Submits the draft `applicationId` of `organizationId` on behalf of `actor`. */
export async function submitApplication(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  organizationId: string;
  appUrl: string;
  now?: Date;
  requestId?: string;
}): Promise<Submitted> {
  const { db, actor, applicationId, organizationId } = options;
  return db.transaction(async (tx): Promise<Submitted> => {
    const [row] = await tx
      .select()
      .from(applications)
      .where(
        and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)),
      )
      .for("update");
    if (!row) return notFoundError(`application ${applicationId}`);
    if (row.status !== "draft") {
      return row.number
        ? { number: row.number, alreadySubmitted: true, flaggedForReview: row.flaggedForReview }
        : refuseNotAllowed();
    }
    if (!transition("draft", "submit", actor.role).ok) return refuseNotAllowed();
    const program = await loadProgramConfig(tx, row.programId);
    if (!program) return notFoundError(`programme ${row.programId}`);
    const now = options.now ?? new Date();
    const { values, eligibility, attachments } = await validatedContent(tx, {
      applicationId,
      data: row.data,
      program,
      now,
    });
    const flaggedForReview = eligibility.eligible === null;
    const number = await nextNumber(tx, calendarYearIn(now));
    const antennaId = await antennaCovering(tx, row.programId, row.organizationId);
    await tx
      .update(applications)
      .set({
        status: "submitted",
        statusChangedAt: now,
        antennaId,
        number,
        submittedAt: now,
        submittedBy: actor.id,
        flaggedForReview,
        eligibility,
        currentStep: SUMMARY_STEP,
        updatedAt: now,
      })
      .where(and(eq(applications.id, applicationId), eq(applications.status, "draft")));
    const snapshot = await writeSubmittedContent(tx, {
      applicationId,
      number,
      submittedAt: now,
      submittedBy: { id: actor.id, name: actor.name, email: actor.email },
      organizationId,
      program,
      values,
      eligibility,
      attachments,
    });
    await tx.insert(applicationEvents).values({
      applicationId,
      actorId: actor.id,
      action: "submit",
      fromStatus: "draft",
      toStatus: "submitted",
      reason: flaggedForReview ? "eligibility_to_check" : null,
      occurredAt: now,
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.submitted",
      before: { status: "draft" },
      after: { status: "submitted", number, flaggedForReview },
      requestId: options.requestId,
    });
    const mail = acknowledgementEmail({
      snapshot,
      recipientName: actor.name,
      followUrl: `${options.appUrl}/espace/candidatures/${applicationId}`,
      receiptUrl: `${options.appUrl}/espace/candidatures/${applicationId}/recu.pdf`,
    });
    await options.jobs.enqueue(tx, sendEmailJob, { to: actor.email, ...mail });
    return { number, alreadySubmitted: false, flaggedForReview };
  });
}

/** Takes the next number of `year` (the row lock of the upsert serialises concurrent takers). */
async function nextNumber(tx: Transaction, year: number): Promise<string> {
  const [row] = await tx
    .insert(applicationNumberSequences)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: applicationNumberSequences.year,
      set: { last: sql`${applicationNumberSequences.last} + 1` },
    })
    .returning({ last: applicationNumberSequences.last });
  if (!row) throw new Error("no application number");
  return formatApplicationNumber(year, row.last);
}

/**
 * Routing (issue 13): the programme's antenna whose départements include the organisation's;
 * null when none does (the national team then sees it in the unassigned queue).
 */
async function antennaCovering(
  tx: Transaction,
  programId: string,
  organizationId: string,
): Promise<string | null> {
  const [antenna] = await tx
    .select({ id: antennas.id })
    .from(antennas)
    .innerJoin(organizations, eq(organizations.id, organizationId))
    .where(
      and(
        eq(antennas.programId, programId),
        sql`${organizations.departement} = any(${antennas.departements})`,
      ),
    )
    .limit(1);
  return antenna?.id ?? null;
}
