// Asks the applicant for more information (in_review -> information_requested). One transaction:
// the move, the message flagged as an information request (insertMessage mails the members), and
// the information_requests row with the missing items, which the reminder job follows.
import type { Actor } from "~/features/applications";
import { insertMessage } from "~/features/applications/index.server";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { informationRequests } from "../../../db/schema";
import { moveApplication } from "./transition.server";

export async function requestInformation(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  message: string;
  missingItems: string[];
  appUrl: string;
  requestId?: string;
}): Promise<{ requestId: string; messageId: string }> {
  const { db, actor, applicationId } = options;
  return db.transaction(async (tx) => {
    await moveApplication(tx, {
      applicationId,
      action: "request_information",
      actor,
      requestId: options.requestId,
    });
    const messageId = await insertMessage(tx, {
      jobs: options.jobs,
      actor,
      applicationId,
      body: options.message,
      isInformationRequest: true,
      appUrl: options.appUrl,
      requestId: options.requestId,
    });
    const [row] = await tx
      .insert(informationRequests)
      .values({
        applicationId,
        messageId,
        requestedBy: actor.id,
        missingItems: options.missingItems,
      })
      .returning({ id: informationRequests.id });
    if (!row) throw new Error("information request not recorded");
    return { requestId: row.id, messageId };
  });
}
