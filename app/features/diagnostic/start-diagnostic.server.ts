import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { diagnostics } from "../../../db/schema";
import { findMemberOrganization } from "./queries.server";
import { loadCurrentQuestionBank } from "./question-banks.server";
import { createResumeToken } from "./resume-token.server";

export interface StartDiagnosticOptions {
  readonly db: Database;
  /** The signed-in user, or null for an anonymous visitor. */
  readonly userId: string | null;
  /** The organisation to save it to; the user must be one of its members. */
  readonly organizationId?: string | null;
  readonly requestId?: string | null;
}

/**
 * Starts a diagnostic with the current question bank and returns its secret resume token (shown
 * once, in the URL). A member may save it to their organisation from the start; another
 * organisation is NotFound.
 */
export async function startDiagnostic(
  options: StartDiagnosticOptions,
): Promise<{ id: string; token: string; version: string }> {
  const { db, userId, organizationId = null } = options;
  const bank = await loadCurrentQuestionBank(db);
  const { token, hash } = createResumeToken();
  return db.transaction(async (tx) => {
    if (organizationId) {
      const member = userId
        ? await findMemberOrganization(tx, { userId, organizationId })
        : undefined;
      // A structure the user is not a member of: as if it did not exist.
      if (!member) notFoundError(`organization ${organizationId}`);
    }
    const [row] = await tx
      .insert(diagnostics)
      .values({
        resumeTokenHash: hash,
        version: bank.version,
        answers: {},
        organizationId,
        createdBy: userId,
      })
      .returning({ id: diagnostics.id });
    if (!row) throw new Error("diagnostic not created");
    await appendAuditEvent(tx, {
      actorId: userId,
      entityType: "diagnostic",
      entityId: row.id,
      action: "diagnostic.started",
      after: { version: bank.version, organizationId },
      requestId: options.requestId ?? null,
    });
    return { id: row.id, token, version: bank.version };
  });
}
