// An owner invites someone by e-mail: a single-use token (only its hash is stored), valid
// INVITATION_TTL_DAYS, mailed as a link to /invitation/<token>. A new invitation to the same
// address replaces the pending one, so that only the latest link works.

import { randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { organizationInvitations, organizationMembers, user } from "../../../db/schema";
import { invitationMail } from "./emails/organization-emails";
import { INVITATIONS_PER_DAY } from "./limits";
import { lockOrganization, requireMemberPermission } from "./membership.server";
import { hashToken } from "./queries.server";
import { refuseTooMany } from "./refusals";
import { invitationExpiry, normalizeEmail } from "./rules";

const DAY_MS = 24 * 60 * 60 * 1000;

export type InviteMemberOptions = {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  actor: { id: string; name: string };
  organizationId: string;
  email: string;
  now?: Date;
  requestId?: string | null;
};

/** Creates the invitation and mails it; returns its id and the token (the link's secret). */
export async function inviteMember(
  options: InviteMemberOptions,
): Promise<{ invitationId: string; token: string }> {
  const { db, actor, organizationId } = options;
  const email = normalizeEmail(options.email);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    await requireMemberPermission(tx, {
      organizationId,
      userId: actor.id,
      permission: "invite:member",
    });
    const [member] = await tx
      .select({ userId: organizationMembers.userId })
      .from(organizationMembers)
      .innerJoin(user, eq(user.id, organizationMembers.userId))
      .where(and(eq(organizationMembers.organizationId, organizationId), eq(user.email, email)));
    if (member) {
      refuse({
        code: "already_member",
        message: "organizations.invite.alreadyMember",
        field: "email",
      });
    }
    const [sent] = await tx
      .select({ value: count() })
      .from(organizationInvitations)
      .where(
        and(
          eq(organizationInvitations.organizationId, organizationId),
          gt(organizationInvitations.createdAt, new Date(now.getTime() - DAY_MS)),
        ),
      );
    if ((sent?.value ?? 0) >= INVITATIONS_PER_DAY) refuseTooMany();
    const replaced = await tx
      .update(organizationInvitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(organizationInvitations.organizationId, organizationId),
          eq(organizationInvitations.email, email),
          isNull(organizationInvitations.acceptedAt),
          isNull(organizationInvitations.revokedAt),
        ),
      )
      .returning({ id: organizationInvitations.id });
    const token = randomBytes(32).toString("base64url");
    const [created] = await tx
      .insert(organizationInvitations)
      .values({
        organizationId,
        email,
        tokenHash: hashToken(token),
        invitedBy: actor.id,
        createdAt: now,
        expiresAt: invitationExpiry(now),
      })
      .returning({ id: organizationInvitations.id });
    if (!created) throw new Error("invitation not inserted");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "organization",
      entityId: organizationId,
      action: "organization.member_invited",
      after: {
        invitationId: created.id,
        email,
        replacedInvitationIds: replaced.map((row) => row.id),
      },
      requestId: options.requestId,
    });
    await options.jobs.enqueue(tx, sendEmailJob, {
      to: email,
      ...invitationMail({
        organization: organization.name,
        inviter: actor.name,
        url: new URL(`/invitation/${token}`, options.appUrl).toString(),
      }),
    });
    return { invitationId: created.id, token };
  });
}
