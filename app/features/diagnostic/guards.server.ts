/**
 * The diagnostic's guards (each `require…` throws: a sign-in redirect for an anonymous visitor,
 * 404 otherwise). `requireDiagnosticAccess` guards every page under /diagnostic/:token. The token is the key: anyone holding the link
 * of a diagnostic not saved to an organisation may continue it or see it. Once saved to an
 * organisation, only that organisation's members may open it (others get 404, never the data).
 */
import type { AppLoadContext } from "react-router";
import { getSessionUser, requireUser, type SessionUser } from "~/features/auth/index.server";
import { notFound } from "~/platform/http/responses";
import {
  type DiagnosticRecord,
  findDiagnosticByToken,
  findMemberOrganization,
  type MemberOrganization,
} from "./queries.server";
import { isResumeToken } from "./resume-token.server";

export interface DiagnosticAccess {
  readonly diagnostic: DiagnosticRecord;
  readonly user: SessionUser | null;
  /** The organisation the diagnostic is saved to (the user is one of its members). */
  readonly organization: MemberOrganization | null;
}

/** Opens the diagnostic of a resume token for this request, or throws 404 / a sign-in redirect. */
export async function requireDiagnosticAccess(
  request: Request,
  context: AppLoadContext,
  token: string | undefined,
): Promise<DiagnosticAccess> {
  if (!isResumeToken(token)) throw notFound();
  const { db } = context.services;
  const diagnostic = await findDiagnosticByToken(db, token);
  if (!diagnostic) throw notFound();
  if (!diagnostic.organizationId) {
    return { diagnostic, user: await getSessionUser(request, context), organization: null };
  }
  const user = await requireUser(request, context);
  const organization = await findMemberOrganization(db, {
    userId: user.id,
    organizationId: diagnostic.organizationId,
  });
  if (!organization) throw notFound();
  return { diagnostic, user, organization };
}
