// An owner accepts or declines a request to join: membership (when accepted), the request's
// status, an audit event and an e-mail to the requester, in one transaction.

import { and, eq } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { organizationJoinRequests, organizationMembers, user } from "../../../db/schema";
import { joinDecisionMail } from "./emails/organization-emails";
import { lockOrganization, requireMemberPermission } from "./membership.server";
import { refuseStale } from "./refusals";

export type DecideJoinRequestOptions = {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  actorId: string;
  organizationId: string;
  joinRequestId: string;
  decision: "accept" | "decline";
  requestId?: string | null;
};

/** Applies the owner's decision; throws NotFound, or refuses not_owner, or stale when
 * already decided. */
export async function decideJoinRequest(options: DecideJoinRequestOptions): Promise<void> {
  const { db, actorId, organizationId, joinRequestId, decision } = options;
  await db.transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    await requireMemberPermission(tx, {
      organizationId,
      userId: actorId,
      permission: "decide:join-request",
    });
    const [request] = await tx
      .select({
        userId: organizationJoinRequests.userId,
        status: organizationJoinRequests.status,
        name: user.name,
        email: user.email,
      })
      .from(organizationJoinRequests)
      .innerJoin(user, eq(user.id, organizationJoinRequests.userId))
      .where(
        and(
          eq(organizationJoinRequests.id, joinRequestId),
          eq(organizationJoinRequests.organizationId, organizationId),
        ),
      );
    if (!request) notFoundError("join request");
    if (request.status !== "pending") refuseStale();
    const status = decision === "accept" ? "accepted" : "declined";
    await tx
      .update(organizationJoinRequests)
      .set({ status, decidedAt: new Date(), decidedBy: actorId })
      .where(eq(organizationJoinRequests.id, joinRequestId));
    if (decision === "accept") {
      await tx
        .insert(organizationMembers)
        .values({ organizationId, userId: request.userId, role: "member" })
        .onConflictDoNothing();
    }
    await appendAuditEvent(tx, {
      actorId,
      entityType: "organization",
      entityId: organizationId,
      action: decision === "accept" ? "organization.join_accepted" : "organization.join_declined",
      before: { joinRequestId, status: "pending" },
      after: { joinRequestId, status, userId: request.userId },
      requestId: options.requestId,
    });
    await options.jobs.enqueue(tx, sendEmailJob, {
      to: request.email,
      ...joinDecisionMail({
        name: request.name,
        organization: organization.name,
        accepted: decision === "accept",
        url: new URL("/espace", options.appUrl).toString(),
      }),
    });
  });
}
