// Guards of the application pages (the first line of their loaders and actions). An applicant
// reaches the applications of the organisations they belong to; anything else is 404, never 403
// and never the data. Staff reach submitted applications of organisations within their reach, for
// reading files and receipts only.
import { and, eq } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { requireUser } from "~/features/auth/index.server";
import {
  requireApplicantContext,
  requireOrganizationMember,
} from "~/features/organizations/index.server";
import { notFound } from "~/platform/http/responses";
import { applications, organizations } from "../../../db/schema";
import { toActor } from "./actor";
import { canReadApplicationFiles } from "./permissions";
import { isUuid, memberApplicationScope, staffApplicationScope } from "./queries.server";

/** The signed-in applicant and the organisation they act for (redirects when they have none). */
export async function requireApplicant(request: Request, context: AppLoadContext) {
  const { user, organization } = await requireOrganizationMember(request, context);
  return { actor: toActor(user), organization };
}

/** One application of an organisation the signed-in applicant belongs to; 404 otherwise. */
export async function requireMemberApplication(
  request: Request,
  context: AppLoadContext,
  applicationId: string | undefined,
) {
  const { user, memberships } = await requireApplicantContext(request, context);
  if (!isUuid(applicationId) || memberships.length === 0) throw notFound();
  const [row] = await context.services.db
    .select({ application: applications, organization: organizations })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        eq(applications.id, applicationId),
        memberApplicationScope(memberships.map((membership) => membership.organizationId)),
      ),
    );
  if (!row) throw notFound();
  return { actor: toActor(user), application: row.application, organization: row.organization };
}

/**
 * An application whose files the signed-in user may read: a member of its organisation, or staff
 * with the permission whose reach covers the application (`staffApplicationScope`: submitted
 * ones, antenna managers those of their antennas' queues).
 */
export async function requireApplicationReader(
  request: Request,
  context: AppLoadContext,
  applicationId: string | undefined,
) {
  const user = await requireUser(request, context);
  if (user.role === "applicant") {
    const { application } = await requireMemberApplication(request, context, applicationId);
    return { user, application, reader: "member" as const };
  }
  if (!isUuid(applicationId)) throw notFound();
  const { db } = context.services;
  const [row] = await db
    .select({ application: applications })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        eq(applications.id, applicationId),
        staffApplicationScope(db, { id: user.id, role: user.role }),
      ),
    );
  if (!row || !canReadApplicationFiles(user, row.application, "staff_in_reach")) throw notFound();
  return { user, application: row.application, reader: "staff" as const };
}
