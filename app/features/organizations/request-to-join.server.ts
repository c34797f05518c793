// A person asks to join an organisation registered already (same SIREN): a pending request,
// an audit event and an e-mail to each owner, in one transaction.

import { and, count, eq, gt } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { organizationJoinRequests, organizationMembers, user } from "../../../db/schema";
import { joinRequestMail } from "./emails/organization-emails";
import { JOIN_MESSAGE_MAX_LENGTH, JOIN_REQUESTS_PER_DAY } from "./limits";
import { findMemberRole, lockOrganization } from "./membership.server";
import { refuseTooMany } from "./refusals";

export type RequestToJoinOptions = {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  actor: { id: string; name: string; email: string };
  organizationId: string;
  message?: string | null;
  requestId?: string | null;
};

/** Records the request and tells the owners; throws NotFound, or refuses already_member,
 * already_requested, too_many or message_too_long. */
export async function requestToJoin(
  options: RequestToJoinOptions,
): Promise<{ joinRequestId: string }> {
  const { db, actor, organizationId } = options;
  const message = options.message?.trim() || null;
  if (message && message.length > JOIN_MESSAGE_MAX_LENGTH) {
    refuse({
      code: "message_too_long",
      message: "organizations.join.messageTooLong",
      field: "message",
    });
  }
  return db.transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (await findMemberRole(tx, { organizationId, userId: actor.id })) {
      refuse({
        code: "already_member",
        message: "organizations.join.alreadyMember",
        field: "message",
      });
    }
    const [pending] = await tx
      .select({ id: organizationJoinRequests.id })
      .from(organizationJoinRequests)
      .where(
        and(
          eq(organizationJoinRequests.organizationId, organizationId),
          eq(organizationJoinRequests.userId, actor.id),
          eq(organizationJoinRequests.status, "pending"),
        ),
      );
    if (pending) {
      refuse({
        code: "already_requested",
        message: "organizations.join.alreadyPending",
        field: "message",
      });
    }
    const [recent] = await tx
      .select({ value: count() })
      .from(organizationJoinRequests)
      .where(
        and(
          eq(organizationJoinRequests.userId, actor.id),
          gt(organizationJoinRequests.createdAt, new Date(Date.now() - 24 * 60 * 60 * 1000)),
        ),
      );
    if ((recent?.value ?? 0) >= JOIN_REQUESTS_PER_DAY) refuseTooMany("message");
    const [created] = await tx
      .insert(organizationJoinRequests)
      .values({ organizationId, userId: actor.id, message })
      .returning({ id: organizationJoinRequests.id });
    if (!created) throw new Error("join request not inserted");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.join_requested",
      after: { joinRequestId: created.id, userId: actor.id },
      requestId: options.requestId,
    });
    const owners = await tx
      .select({ email: user.email })
      .from(organizationMembers)
      .innerJoin(user, eq(user.id, organizationMembers.userId))
      .where(
        and(
          eq(organizationMembers.organizationId, organizationId),
          eq(organizationMembers.role, "owner"),
        ),
      );
    for (const owner of owners) {
      await options.jobs.enqueue(tx, sendEmailJob, {
        to: owner.email,
        ...joinRequestMail({
          organization: organization.name,
          name: actor.name,
          email: actor.email,
          message,
          url: new URL("/espace/membres", options.appUrl).toString(),
        }),
      });
    }
    return { joinRequestId: created.id };
  });
}
