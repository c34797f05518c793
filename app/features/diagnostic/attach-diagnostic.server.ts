import { and, eq, isNull, sql } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { diagnostics } from "../../../db/schema";
import { findMemberOrganization, type MemberOrganization } from "./queries.server";
import { sizeBandOf } from "./size-band";

export interface AttachDiagnosticOptions {
  readonly db: Database;
  readonly diagnosticId: string;
  readonly organizationId: string;
  /** The signed-in user; must be a member of the organisation. */
  readonly userId: string;
  readonly requestId?: string | null;
}

/**
 * Saves a diagnostic taken without an organisation (typically before signing up) to one of the
 * user's organisations. Only a member can do it (another organisation is NotFound); a diagnostic
 * already saved elsewhere stays there (refused: `attached_elsewhere`).
 */
export async function attachDiagnostic(
  options: AttachDiagnosticOptions,
): Promise<MemberOrganization> {
  const { db, diagnosticId, organizationId, userId } = options;
  return db.transaction(async (tx) => {
    const organization = await findMemberOrganization(tx, { userId, organizationId });
    if (!organization) notFoundError(`organization ${organizationId}`);
    const [row] = await tx
      .select({ organizationId: diagnostics.organizationId, status: diagnostics.status })
      .from(diagnostics)
      .where(eq(diagnostics.id, diagnosticId))
      .for("update");
    if (!row) notFoundError(`diagnostic ${diagnosticId}`);
    if (row.organizationId === organizationId) return organization;
    if (row.organizationId) {
      refuse({ code: "attached_elsewhere", message: "diagnostic.error.attachedElsewhere" });
    }
    const sizeBand = row.status === "completed" ? sizeBandOf(organization.employees) : null;
    await tx
      .update(diagnostics)
      .set({
        organizationId,
        sizeBand,
        // An anonymous diagnostic gets the member who saved it as its creator.
        createdBy: sql`coalesce(${diagnostics.createdBy}, ${userId})`,
        updatedAt: new Date(),
      })
      .where(and(eq(diagnostics.id, diagnosticId), isNull(diagnostics.organizationId)));
    await appendAuditEvent(tx, {
      actorId: userId,
      entityType: "diagnostic",
      entityId: diagnosticId,
      action: "diagnostic.organization_attached",
      before: { organizationId: null },
      after: { organizationId, sizeBand },
      requestId: options.requestId ?? null,
    });
    return organization;
  });
}
