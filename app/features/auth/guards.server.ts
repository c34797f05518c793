/**
 * Guards: the first line of every protected loader and action (examples.md #4). An anonymous
 * visitor is sent to sign-in and brought back; a user without the permission gets 404.
 * `getSessionUser` is the one reader that does not throw (pages shown to everyone).
 */
import { type AppLoadContext, redirect } from "react-router";
import { notFound } from "~/platform/http/responses";
import { can, type Permission } from "./permissions";
import { toRole } from "./roles";
import type { SessionUser } from "./session-user";

/** The signed-in user of the request, or null. */
export async function getSessionUser(
  request: Request,
  context: AppLoadContext,
): Promise<SessionUser | null> {
  const result = await context.services.auth.api.getSession({ headers: request.headers });
  if (!result) return null;
  const { id, name, email, role } = result.user as typeof result.user & { role?: string };
  return { id, name, email, role: toRole(role) };
}

/** The signed-in user, or a redirect to sign-in that comes back to this page. */
export async function requireUser(request: Request, context: AppLoadContext): Promise<SessionUser> {
  const user = await getSessionUser(request, context);
  if (user) return user;
  const url = new URL(request.url);
  throw redirect(`/connexion?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The signed-in user holding `permission`; 404 for anyone else who is signed in. */
export async function requirePermission(
  request: Request,
  context: AppLoadContext,
  permission: Permission,
): Promise<SessionUser> {
  const user = await requireUser(request, context);
  if (!can(user.role, permission)) throw notFound();
  return user;
}
