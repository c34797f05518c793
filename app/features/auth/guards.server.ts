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

/**
 * The session read of each GET request, shared by its loaders (the root layout's and the
 * page's run side by side with one load context): one session lookup per page, not one per
 * loader. A POST is never shared: its action may sign out or revoke sessions before the
 * loaders run again.
 */
const readsOfGets = new WeakMap<AppLoadContext, Map<string, Promise<SessionUser | null>>>();

/** The signed-in user of the request, or null. */
export function getSessionUser(
  request: Request,
  context: AppLoadContext,
): Promise<SessionUser | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return readSession(request, context);
  // Keyed by the credentials too: a test may reuse one context for several users' requests.
  const credentials = `${request.headers.get("cookie")}\n${request.headers.get("authorization")}`;
  let reads = readsOfGets.get(context);
  if (!reads) {
    reads = new Map();
    readsOfGets.set(context, reads);
  }
  let read = reads.get(credentials);
  if (!read) {
    read = readSession(request, context);
    reads.set(credentials, read);
  }
  return read;
}

/**
 * Whether the request carries credentials at all: better-auth's session cookie (whatever its
 * prefix, `…session_token`) or an Authorization header. A visitor without is anonymous, known
 * without asking better-auth (which builds a whole context to answer "no session").
 */
export function carriesCredentials(headers: Headers): boolean {
  return headers.has("authorization") || (headers.get("cookie") ?? "").includes("session_token");
}

async function readSession(request: Request, context: AppLoadContext) {
  if (!carriesCredentials(request.headers)) return null;
  const result = await context.services.auth.api.getSession({ headers: request.headers });
  if (!result) return null;
  const { id, name, email, role } = result.user as typeof result.user & { role?: string };
  return { id, name, email, role: toRole(role) } satisfies SessionUser;
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
