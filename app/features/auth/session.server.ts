/**
 * Guards: the first line of every protected loader and action (examples.md #4). An anonymous
 * visitor is sent to sign-in and brought back; a user without the permission gets 404.
 */
import { type AppLoadContext, redirect } from "react-router";
import { notFound } from "~/platform/http/responses";
import { can, type Permission } from "./permissions";
import { type Role, toRole } from "./roles";

export type SessionUser = { id: string; name: string; email: string; role: Role };

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

/** Keeps only same-site paths (never `//host` or a full URL) so sign-in cannot redirect away. */
export function safeRedirectPath(value: unknown, fallback = "/apres-connexion"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//"))
    return fallback;
  if (value.includes("\\")) return fallback;
  return value;
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
