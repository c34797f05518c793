// Guards of the organisation pages, the first line of their loaders and actions:
// - applicants act for one "active" organisation at a time, remembered in a cookie that is
//   checked against their memberships on every request (a stale or foreign id is ignored);
// - staff see an organisation only within their reach, anyone else gets 404.

import { type AppLoadContext, createCookie, redirect } from "react-router";
import { requirePermission, requireUser, type SessionUser } from "~/features/auth/index.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { notFound } from "~/platform/http/responses";
import type { OrganizationRecord } from "./organization-record";
import {
  getOrganizationForStaff,
  getOrganizationOfMember,
  listMembershipsOfUser,
  type Membership,
} from "./queries.server";

const ACTIVE_ORGANIZATION_MAX_AGE = 60 * 60 * 24 * 365;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Holds the id of the organisation the applicant acts for; never trusted on its own. */
export const activeOrganizationCookie = createCookie("structure", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: ACTIVE_ORGANIZATION_MAX_AGE,
});

/** The Set-Cookie header that makes `organizationId` the active organisation. */
export async function setActiveOrganization(
  context: AppLoadContext,
  organizationId: string,
): Promise<string> {
  return activeOrganizationCookie.serialize(organizationId, {
    secure: context.services.env.APP_URL.startsWith("https://"),
  });
}

/**
 * The answer once the actor joined an organisation (an accepted invitation): their space, with
 * the organisation active and the "you joined" notice.
 */
export async function redirectAsNewMember(
  request: Request,
  context: AppLoadContext,
  organizationId: string,
): Promise<Response> {
  return redirectWithNotice(
    request,
    "/espace",
    { key: "organizations.notice.joined" },
    { headers: { "set-cookie": await setActiveOrganization(context, organizationId) } },
  );
}

async function readActiveOrganizationId(request: Request): Promise<string | null> {
  const value: unknown = await activeOrganizationCookie.parse(request.headers.get("cookie"));
  return typeof value === "string" && UUID.test(value) ? value : null;
}

export type ApplicantContext = {
  user: SessionUser;
  memberships: Membership[];
  /** The membership the applicant acts through: the cookie's, else their first; null if none. */
  active: Membership | null;
};

/** The signed-in applicant, their organisations and the active one (which may be null). */
export async function requireApplicantContext(
  request: Request,
  context: AppLoadContext,
): Promise<ApplicantContext> {
  const user = await requirePermission(request, context, "view:area:applicant");
  const memberships = await listMembershipsOfUser(context.services.db, user.id);
  const chosen = await readActiveOrganizationId(request);
  const active =
    memberships.find((membership) => membership.organizationId === chosen) ??
    memberships[0] ??
    null;
  return { user, memberships, active };
}

export type OrganizationMemberContext = ApplicantContext & {
  organization: OrganizationRecord;
  membership: Membership;
};

/**
 * The signed-in applicant and the organisation they act for. Without any organisation they are
 * sent to /espace, which tells them how to register one.
 */
export async function requireOrganizationMember(
  request: Request,
  context: AppLoadContext,
): Promise<OrganizationMemberContext> {
  const applicant = await requireApplicantContext(request, context);
  if (!applicant.active) throw redirect("/espace");
  const organization = await getOrganizationOfMember(context.services.db, {
    organizationId: applicant.active.organizationId,
    userId: applicant.user.id,
  });
  if (!organization) throw redirect("/espace");
  return { ...applicant, organization, membership: applicant.active };
}

/** A signed-in staff user and one organisation within their reach; 404 otherwise. */
export async function requireOrganizationForStaff(
  request: Request,
  context: AppLoadContext,
  organizationId: string,
): Promise<{ user: SessionUser; organization: OrganizationRecord }> {
  const user = await requireUser(request, context);
  if (!UUID.test(organizationId)) throw notFound();
  const organization = await getOrganizationForStaff(context.services.db, {
    staff: user,
    organizationId,
  });
  if (!organization) throw notFound();
  return { user, organization };
}
