// Guards of the review back office (/instruction), the first line of its loaders and actions:
// staff with `view:area:review` read the applications of their scope (staffApplicationScope:
// instructors and administrators all submitted ones, antenna managers their antennas' queues);
// deciding needs `review:applications`. Anyone else, and any application outside the scope, gets
// 404, never 403 and never the data.
import { and, eq } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { toActor } from "~/features/applications";
import { staffApplicationScope } from "~/features/applications/index.server";
import { can } from "~/features/auth";
import { requirePermission, type SessionUser } from "~/features/auth/index.server";
import { notFound } from "~/platform/http/responses";
import { applications, organizations } from "../../../db/schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ReviewStaff = SessionUser;

/** A signed-in staff user who may open the review inbox; 404 for anyone else signed in. */
export async function requireReviewStaff(
  request: Request,
  context: AppLoadContext,
): Promise<ReviewStaff> {
  return requirePermission(request, context, "view:area:review");
}

/** Staff who may take review decisions (instructors, administrators). */
export async function requireReviewDecider(
  request: Request,
  context: AppLoadContext,
): Promise<ReviewStaff> {
  return requirePermission(request, context, "review:applications");
}

/**
 * One application in the staff user's scope, with its organisation; 404 when the id is not a
 * uuid, the application does not exist, is a draft or is outside the scope.
 * `decide: true` also requires `review:applications` (404 without it).
 */
export async function requireReviewApplication(
  request: Request,
  context: AppLoadContext,
  applicationId: string | undefined,
  options: { decide?: boolean } = {},
) {
  const user = await requireReviewStaff(request, context);
  if (options.decide && !can(user.role, "review:applications")) throw notFound();
  if (applicationId === undefined || !UUID.test(applicationId)) throw notFound();
  const { db } = context.services;
  const [row] = await db
    .select({ application: applications, organization: organizations })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(
      and(
        eq(applications.id, applicationId),
        staffApplicationScope(db, { id: user.id, role: user.role }),
      ),
    );
  if (!row) throw notFound();
  return {
    user,
    actor: toActor(user),
    application: row.application,
    organization: row.organization,
  };
}
