// Staff send an application in review back for correction (issue 13, ADR 0008 §4): in one
// transaction the state machine's `request_correction`, a correction request keeping the steps and
// fields named, the message and the application's data and documents as they are (`before`),
// and each member of the organisation told as they chose ("correction_requested"). The audit
// event is the transition's. Refusals are the state machine's; NotFound out of scope (the route's
// guard has checked the scope).
import { eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { correctionSnapshotOf } from "~/features/applications";
import {
  applyTransition,
  listAttachments,
  memberRecipients,
} from "~/features/applications/index.server";
import { notifyApplicationEvent } from "~/features/notifications/index.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { applications, correctionRequests, organizations } from "../../../db/schema";
import type { CorrectionInput } from "./correction.form";

export async function requestCorrection(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  input: CorrectionInput;
  appUrl: string;
  requestId?: string;
}): Promise<{ correctionId: string }> {
  const { db, actor, applicationId, input } = options;
  return db.transaction(async (tx) => {
    await applyTransition(tx, {
      applicationId,
      action: "request_correction",
      actor,
      requestId: options.requestId,
    });
    const [row] = await tx
      .select({
        data: applications.data,
        number: applications.number,
        organizationId: applications.organizationId,
        organizationName: organizations.name,
      })
      .from(applications)
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(eq(applications.id, applicationId));
    if (!row) return notFoundError(`application ${applicationId}`);
    const attachments = await listAttachments(tx, applicationId);
    const [created] = await tx
      .insert(correctionRequests)
      .values({
        applicationId,
        requestedBy: actor.id,
        message: input.message,
        steps: input.steps,
        fields: input.fields,
        before: correctionSnapshotOf(row.data, attachments),
      })
      .returning({ id: correctionRequests.id });
    if (!created) throw new Error("correction request not recorded");
    for (const member of await memberRecipients(tx, row.organizationId)) {
      await notifyApplicationEvent(tx, options.jobs, {
        recipient: member,
        event: {
          kind: "correction_requested",
          application: row.number ?? row.organizationName,
          organization: row.organizationName,
          author: actor.name,
          url: `${options.appUrl}/espace/candidatures/${applicationId}`,
        },
        appUrl: options.appUrl,
      });
    }
    return { correctionId: created.id };
  });
}
