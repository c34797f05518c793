// Declares an application ineligible (in_review -> declared_ineligible, final). One transaction:
// the move with its reason (category and explanation, in the timeline and the audit), and the
// required e-mail to every member, sent whatever their notification choices.
import { eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { sendEmailJob } from "~/features/notifications";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { applications, organizations } from "../../../db/schema";
import { memberRecipients } from "./action-queries.server";
import type { IneligibilityCategory } from "./actions.form";
import { ineligibleEmail } from "./emails/ineligible";
import { fr } from "./messages-actions";
import { moveApplication } from "./transition.server";

export async function declareIneligible(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  category: IneligibilityCategory;
  reason: string;
  appUrl: string;
  requestId?: string;
}): Promise<{ mailed: number }> {
  const { db, actor, applicationId } = options;
  return db.transaction(async (tx) => {
    const categoryLabel = fr[`review.actions.ineligible.reason.${options.category}`];
    await moveApplication(tx, {
      applicationId,
      action: "declare_ineligible",
      actor,
      reason: `${categoryLabel} : ${options.reason}`,
      requestId: options.requestId,
    });
    const [application] = await tx
      .select({
        number: applications.number,
        organizationId: applications.organizationId,
        organizationName: organizations.name,
      })
      .from(applications)
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(eq(applications.id, applicationId));
    if (!application) return notFoundError(`application ${applicationId}`);
    const mail = ineligibleEmail({
      number: application.number ?? "",
      organizationName: application.organizationName,
      category: options.category,
      reason: options.reason,
      url: `${options.appUrl}/espace/candidatures/${applicationId}`,
    });
    const members = await memberRecipients(tx, application.organizationId);
    for (const member of members) {
      await options.jobs.enqueue(tx, sendEmailJob, { to: member.email, ...mail });
    }
    return { mailed: members.length };
  });
}
