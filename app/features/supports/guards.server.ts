// Guards of the supports' staff pages (/accompagnements), the first line of their loaders and
// actions: anyone without `view:area:support` gets 404, and so does a support outside the
// user's scope (an antenna manager reaches their antennas' supports only).
import type { AppLoadContext } from "react-router";
import { requirePermission, type SessionUser } from "~/features/auth/index.server";
import { notFound } from "~/platform/http/responses";
import { findSupport, isSupportId } from "./queries.server";

export async function requireSupportUser(
  request: Request,
  context: AppLoadContext,
): Promise<SessionUser> {
  return requirePermission(request, context, "view:area:support");
}

export async function requireSupport(
  request: Request,
  context: AppLoadContext,
  supportId: string | undefined,
) {
  const user = await requireSupportUser(request, context);
  if (!isSupportId(supportId)) throw notFound();
  const support = await findSupport(context.services.db, user, supportId);
  if (!support) throw notFound();
  return { user, support };
}
