/** The guards of the programme admin pages (administrators only, 404 for anyone else). */
import type { AppLoadContext } from "react-router";
import { requirePermission, type SessionUser } from "~/features/auth/index.server";
import { notFound } from "~/platform/http/responses";
import { MANAGE_PROGRAMMES } from "./permissions";
import { getProgrammeConfig } from "./queries.server";
import type { ProgrammeConfig } from "./types";

/** An administrator of programmes (sign-in for visitors, 404 for other accounts). */
export async function requireProgrammesAdmin(
  request: Request,
  context: AppLoadContext,
): Promise<SessionUser> {
  return requirePermission(request, context, MANAGE_PROGRAMMES);
}

/** The guard of every programme admin loader and action: an administrator, and the programme. */
export async function requireProgrammeAdmin(
  request: Request,
  context: AppLoadContext,
  slug: string | undefined,
): Promise<{ user: SessionUser; config: ProgrammeConfig }> {
  const user = await requireProgrammesAdmin(request, context);
  const config = slug ? await getProgrammeConfig(context.services.db, slug) : null;
  if (!config) throw notFound();
  return { user, config };
}
