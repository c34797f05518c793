// Messages between an organisation and the programme staff about one application. A message is
// recorded with its audit event, and the other side is told by e-mail in the same transaction:
// staff messages go to the organisation's members; applicants' messages go to the staff who took
// part in the thread (the review queue shows the others).
import { and, eq, ne } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database, Transaction } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { applicationMessages, applications, organizations, user } from "../../../db/schema";
import type { Actor } from "./actor";
import { newMessageEmail } from "./emails/new-message";
import { memberEmails } from "./queries.server";

/** Inserts a message and notifies the other side, inside `tx`; returns the message id. */
export async function insertMessage(
  tx: Transaction,
  options: {
    jobs: JobQueue;
    actor: Actor;
    applicationId: string;
    body: string;
    isInformationRequest?: boolean;
    appUrl: string;
    requestId?: string;
  },
): Promise<string> {
  const { actor, applicationId } = options;
  const [message] = await tx
    .insert(applicationMessages)
    .values({
      applicationId,
      authorId: actor.id,
      body: options.body,
      isInformationRequest: options.isInformationRequest ?? false,
    })
    .returning({ id: applicationMessages.id });
  if (!message) throw new Error("message not recorded");
  await appendAuditEvent(tx, {
    actorId: actor.id,
    entityType: "application",
    entityId: applicationId,
    action: options.isInformationRequest
      ? "application.information_request_posted"
      : "application.message_posted",
    after: { messageId: message.id, length: options.body.length },
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
  if (!application) throw new Error(`application ${applicationId} not found`);
  const fromApplicant = actor.role === "applicant";
  const recipients = fromApplicant
    ? await staffInThread(tx, applicationId)
    : await memberEmails(tx, application.organizationId);
  const url = fromApplicant
    ? `${options.appUrl}/instruction`
    : `${options.appUrl}/espace/candidatures/${applicationId}`;
  const mail = newMessageEmail({
    applicationLabel: application.number ?? application.organizationName,
    organizationName: application.organizationName,
    authorName: actor.name,
    isInformationRequest: options.isInformationRequest ?? false,
    url,
  });
  for (const to of new Set(recipients)) {
    if (to === actor.email) continue;
    await options.jobs.enqueue(tx, sendEmailJob, { to, ...mail });
  }
  return message.id;
}

async function staffInThread(tx: Transaction, applicationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ email: user.email })
    .from(applicationMessages)
    .innerJoin(user, eq(user.id, applicationMessages.authorId))
    .where(and(eq(applicationMessages.applicationId, applicationId), ne(user.role, "applicant")));
  return rows.map((row) => row.email);
}

/**
 * Posts a message on an application. Applicants pass their `organizationId` (the application must
 * be theirs and submitted); staff callers check their scope before calling. NotFound otherwise.
 */
export async function postMessage(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  organizationId?: string;
  body: string;
  isInformationRequest?: boolean;
  appUrl: string;
  requestId?: string;
}): Promise<{ messageId: string }> {
  const { db, ...rest } = options;
  return db.transaction(async (tx) => {
    const scope = options.organizationId
      ? and(
          eq(applications.id, options.applicationId),
          eq(applications.organizationId, options.organizationId),
        )
      : eq(applications.id, options.applicationId);
    const [row] = await tx.select({ status: applications.status }).from(applications).where(scope);
    if (!row || row.status === "draft")
      return notFoundError(`application ${options.applicationId}`);
    return { messageId: await insertMessage(tx, rest) };
  });
}
