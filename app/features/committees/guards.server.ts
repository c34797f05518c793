// Guards of the committees (/comites), the first line of their loaders and actions. Anyone
// without `view:area:committees` gets 404; a session outside the actor's scope (a committee
// member who does not sit on it) is 404; an item on which the actor declared a conflict of
// interest is 404 too: its content is filtered out by the query's `where` (itemScope).
import type { AppLoadContext } from "react-router";
import { toActor } from "~/features/applications";
import { requirePermission, type SessionUser } from "~/features/auth/index.server";
import { notFound } from "~/platform/http/responses";
import { canPrepare } from "./permissions";
import { findItem, findSession, seatOf } from "./queries.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A signed-in user who may open the committees area (members, instructors, administrators). */
export async function requireCommitteeUser(
  request: Request,
  context: AppLoadContext,
): Promise<SessionUser> {
  return requirePermission(request, context, "view:area:committees");
}

/** Staff who prepare sessions (instructors, administrators). */
export async function requireCommitteePreparer(
  request: Request,
  context: AppLoadContext,
): Promise<SessionUser> {
  return requirePermission(request, context, "prepare:committees");
}

/** One session in the user's scope, with their seat in it; 404 otherwise. */
export async function requireCommitteeSession(
  request: Request,
  context: AppLoadContext,
  sessionId: string | undefined,
) {
  const user = await requireCommitteeUser(request, context);
  if (sessionId === undefined || !UUID.test(sessionId)) throw notFound();
  const { db } = context.services;
  const session = await findSession(db, user, sessionId);
  if (!session) throw notFound();
  const seat = await seatOf(db, session.id, user.id);
  return { user, actor: toActor(user), session, seat };
}

/** One session in scope that the user prepares (instructors, administrators); 404 otherwise. */
export async function requireSessionPreparer(
  request: Request,
  context: AppLoadContext,
  sessionId: string | undefined,
) {
  const found = await requireCommitteeSession(request, context, sessionId);
  if (!canPrepare(found.user)) throw notFound();
  return found;
}

/** One item of a session in scope, unless the user declared a conflict on it; 404 otherwise. */
export async function requireCommitteeItem(
  request: Request,
  context: AppLoadContext,
  sessionId: string | undefined,
  itemId: string | undefined,
) {
  const found = await requireCommitteeSession(request, context, sessionId);
  if (itemId === undefined || !UUID.test(itemId)) throw notFound();
  const item = await findItem(context.services.db, {
    actor: found.user,
    sessionId: found.session.id,
    itemId,
  });
  if (!item) throw notFound();
  return { ...found, item };
}
