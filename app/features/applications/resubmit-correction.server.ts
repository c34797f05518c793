// The applicant resubmits an application sent back for correction (issue 13): the whole
// application is validated again as at submission, and in one transaction the state goes back to
// review (state machine), the levels and amounts are recomputed, the frozen snapshot refreshed,
// the correction request gets its `after` and who resubmitted when, the applicant activity is
// marked (the inbox's unread), and the assigned staff user is told as they chose (nobody
// assigned: nobody, the inbox shows it unread). Refusals: "not_allowed_from_state", "invalid"
// (`details.problems`), "ineligible"; NotFound when the application is not the organisation's.
import { and, eq, sql } from "drizzle-orm";
import { notifyApplicationEvent } from "~/features/notifications/index.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { applications, correctionRequests, organizations, user } from "../../../db/schema";
import type { Actor } from "./actor";
import { findOpenCorrection } from "./correction.server";
import { correctionSnapshotOf } from "./correction-snapshot";
import { loadProgramConfig } from "./queries.server";
import { refuseTransition } from "./refusals";
import { validatedContent, writeSubmittedContent } from "./submission-content.server";
import { applyTransition } from "./transition-application.server";

export async function resubmitCorrection(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  organizationId: string;
  appUrl: string;
  now?: Date;
  requestId?: string;
}): Promise<{ correctionId: string }> {
  const { db, actor, applicationId, organizationId } = options;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ application: applications, organizationName: organizations.name })
      .from(applications)
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(
        and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)),
      )
      .for("update", { of: applications });
    if (!row) return notFoundError(`application ${applicationId}`);
    const { application } = row;
    const correction = await findOpenCorrection(tx, applicationId);
    if (application.status !== "correction_requested" || !correction || !application.number) {
      return refuseTransition("not_allowed_from_state");
    }
    const program = await loadProgramConfig(tx, application.programId);
    if (!program) return notFoundError(`programme ${application.programId}`);
    const now = options.now ?? new Date();
    const content = await validatedContent(tx, {
      applicationId,
      data: application.data,
      program,
      now,
    });
    await applyTransition(tx, {
      applicationId,
      organizationId,
      action: "resubmit_correction",
      actor,
      requestId: options.requestId,
    });
    const [submitter] = application.submittedBy
      ? await tx
          .select({ id: user.id, name: user.name, email: user.email })
          .from(user)
          .where(eq(user.id, application.submittedBy))
      : [];
    await writeSubmittedContent(tx, {
      applicationId,
      number: application.number,
      submittedAt: application.submittedAt ?? now,
      submittedBy: submitter ?? { id: actor.id, name: actor.name, email: actor.email },
      organizationId,
      program,
      ...content,
    });
    await tx
      .update(applications)
      .set({
        eligibility: content.eligibility,
        flaggedForReview: content.eligibility.eligible === null,
        lastApplicantActivityAt: now,
        updatedAt: now,
      })
      .where(eq(applications.id, applicationId));
    await tx
      .update(correctionRequests)
      .set({
        after: correctionSnapshotOf(application.data, content.attachments),
        resubmittedAt: now,
        resubmittedBy: actor.id,
      })
      .where(
        and(
          eq(correctionRequests.id, correction.id),
          sql`${correctionRequests.resubmittedAt} is null`,
        ),
      );
    if (application.assignedTo) {
      const [assignee] = await tx
        .select({ id: user.id, email: user.email })
        .from(user)
        .where(eq(user.id, application.assignedTo));
      if (assignee) {
        await notifyApplicationEvent(tx, options.jobs, {
          recipient: assignee,
          event: {
            kind: "correction_resubmitted",
            application: application.number,
            organization: row.organizationName,
            author: actor.name,
            url: `${options.appUrl}/instruction/candidatures/${applicationId}`,
          },
          appUrl: options.appUrl,
        });
      }
    }
    return { correctionId: correction.id };
  });
}
