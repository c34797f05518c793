// Messages between an organisation and the programme staff about one application. A message is
// recorded with its audit event, and the other side is told in the same transaction: staff
// messages reach each member as they chose (`notifyApplicationEvent`, "staff_message" or
// "information_requested"); an applicant's message or answer marks the application's applicant
// activity (the inbox's unread) and reaches the assigned staff user as they chose
// ("applicant_message" / "information_answered"), and the other staff who took part in the thread
// by e-mail, the assignee excepted (no duplicate).
import { and, eq, ne, sql } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { notifyApplicationEvent } from "~/features/notifications/index.server";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database, Transaction } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { applicationMessages, applications, organizations, user } from "../../../db/schema";
import type { Actor } from "./actor";
import { newMessageEmail } from "./emails/new-message";
import { messageIdFor } from "./message-token.server";
import { memberRecipients } from "./queries.server";

/** The message that the form of `token` already stored on `applicationId`, if it did. */
export async function findReplayedMessage(
  db: Database | Transaction,
  applicationId: string,
  token: string | undefined,
): Promise<string | null> {
  if (!token) return null;
  const id = messageIdFor(applicationId, token);
  const [row] = await db
    .select({ id: applicationMessages.id })
    .from(applicationMessages)
    .where(
      and(eq(applicationMessages.id, id), eq(applicationMessages.applicationId, applicationId)),
    );
  return row?.id ?? null;
}

/**
 * Inserts a message and notifies the other side, inside `tx`; returns the message id. With the
 * form's `token`, a replay of the same submission stores nothing and notifies nobody: it returns
 * the id of the message stored the first time (message-token.server.ts).
 */
export async function insertMessage(
  tx: Transaction,
  options: {
    jobs: JobQueue;
    actor: Actor;
    applicationId: string;
    body: string;
    isInformationRequest?: boolean;
    /** An applicant's message that answers an information request. */
    isInformationAnswer?: boolean;
    /** The hidden token of the form that sent it (one message per token and application). */
    token?: string;
    appUrl: string;
    requestId?: string;
  },
): Promise<string> {
  const { actor, applicationId } = options;
  const id = options.token ? messageIdFor(applicationId, options.token) : undefined;
  const [message] = await tx
    .insert(applicationMessages)
    .values({
      ...(id ? { id } : {}),
      applicationId,
      authorId: actor.id,
      body: options.body,
      isInformationRequest: options.isInformationRequest ?? false,
    })
    .onConflictDoNothing({ target: applicationMessages.id })
    .returning({ id: applicationMessages.id });
  if (!message) {
    // The same form was sent again (a concurrent one waited for the first to commit).
    const replayed = await findReplayedMessage(tx, applicationId, options.token);
    if (replayed) return replayed;
    throw new Error("message not recorded");
  }
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
      assignedTo: applications.assignedTo,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(eq(applications.id, applicationId));
  if (!application) throw new Error(`application ${applicationId} not found`);
  const event = {
    application: application.number ?? application.organizationName,
    organization: application.organizationName,
    author: actor.name,
  };
  if (actor.role !== "applicant") {
    const kind = options.isInformationRequest ? "information_requested" : "staff_message";
    for (const member of await memberRecipients(tx, application.organizationId)) {
      if (member.id === actor.id) continue;
      await notifyApplicationEvent(tx, options.jobs, {
        recipient: member,
        event: { ...event, kind, url: `${options.appUrl}/espace/candidatures/${applicationId}` },
        appUrl: options.appUrl,
      });
    }
    return message.id;
  }
  await tx
    .update(applications)
    .set({ lastApplicantActivityAt: sql`now()` })
    .where(eq(applications.id, applicationId));
  const url = `${options.appUrl}/instruction/candidatures/${applicationId}`;
  const assignee = application.assignedTo ? await userRecipient(tx, application.assignedTo) : null;
  if (assignee) {
    await notifyApplicationEvent(tx, options.jobs, {
      recipient: assignee,
      event: {
        ...event,
        kind: options.isInformationAnswer ? "information_answered" : "applicant_message",
        url,
      },
      appUrl: options.appUrl,
    });
  }
  const mail = newMessageEmail({
    applicationLabel: event.application,
    organizationName: application.organizationName,
    authorName: actor.name,
    isInformationRequest: false,
    url,
  });
  for (const to of new Set(await staffInThread(tx, applicationId))) {
    if (to === actor.email || to === assignee?.email) continue;
    await options.jobs.enqueue(tx, sendEmailJob, { to, ...mail });
  }
  return message.id;
}

async function userRecipient(tx: Transaction, userId: string) {
  const [row] = await tx
    .select({ id: user.id, email: user.email })
    .from(user)
    .where(eq(user.id, userId));
  return row ?? null;
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
 * A replay of the same form (`token`) answers the message stored the first time, `replayed`.
 */
export async function postMessage(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  organizationId?: string;
  body: string;
  isInformationRequest?: boolean;
  /** The form's hidden token: the same token again stores nothing new. */
  token?: string;
  appUrl: string;
  requestId?: string;
}): Promise<{ messageId: string; replayed: boolean }> {
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
    const replayed = await findReplayedMessage(tx, options.applicationId, options.token);
    if (replayed) return { messageId: replayed, replayed: true };
    return { messageId: await insertMessage(tx, rest), replayed: false };
  });
}
