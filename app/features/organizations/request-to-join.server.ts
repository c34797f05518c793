// A person asks to join an organisation registered already (same SIREN): a pending request,
// an audit event and an e-mail to each owner, in one transaction.

import { and, count, eq, gt } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { organizationJoinRequests, organizationMembers, user } from "../../../db/schema";
import { joinRequestMail } from "./emails/organization-emails";
import { OrganizationError } from "./errors";
import { JOIN_REQUESTS_PER_DAY } from "./limits";
import { findMemberRole, lockOrganization } from "./membership.server";

export type RequestToJoinOptions = {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  actor: { id: string; name: string; email: string };
  organizationId: string;
  message?: string | null;
  requestId?: string | null;
};

/** Records the request and tells the owners; throws not_found, already_member, already_requested. */
export async function requestToJoin(
  options: RequestToJoinOptions,
): Promise<{ joinRequestId: string }> {
  const { db, actor, organizationId } = options;
  return db.transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (await findMemberRole(tx, { organizationId, userId: actor.id })) {
      throw new OrganizationError("already_member", { organizationId });
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
    if (pending) throw new OrganizationError("already_requested", { organizationId });
    const [recent] = await tx
      .select({ value: count() })
      .from(organizationJoinRequests)
      .where(
        and(
          eq(organizationJoinRequests.userId, actor.id),
          gt(organizationJoinRequests.createdAt, new Date(Date.now() - 24 * 60 * 60 * 1000)),
        ),
      );
    if ((recent?.value ?? 0) >= JOIN_REQUESTS_PER_DAY) throw new OrganizationError("too_many");
    const message = options.message?.trim() || null;
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
