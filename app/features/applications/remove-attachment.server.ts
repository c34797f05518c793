// Removes a document from a draft (or, in correction, when step 4 is named): the row and its audit event in one transaction, then the file.
// Throws "not_draft" once the application is submitted, NotFound when the document is not there.
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { FileStorage } from "~/platform/storage/storage";
import { applicationAttachments, applications } from "../../../db/schema";
import type { Actor } from "./actor";
import { assertStepEditable } from "./correction.server";

/** Deletes one attachment of a draft of `organizationId`. */
export async function removeAttachment(options: {
  db: Database;
  storage: FileStorage;
  actor: Actor;
  applicationId: string;
  organizationId: string;
  attachmentId: string;
  requestId?: string;
}): Promise<void> {
  const { db, storage, actor, applicationId, organizationId, attachmentId } = options;
  const storageKey = await db.transaction(async (tx) => {
    const [application] = await tx
      .select({ status: applications.status })
      .from(applications)
      .where(
        and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)),
      )
      .for("update");
    if (!application) return notFoundError(`application ${applicationId}`);
    await assertStepEditable(tx, { id: applicationId, status: application.status }, 4);
    const [deleted] = await tx
      .delete(applicationAttachments)
      .where(
        and(
          eq(applicationAttachments.id, attachmentId),
          eq(applicationAttachments.applicationId, applicationId),
        ),
      )
      .returning({
        storageKey: applicationAttachments.storageKey,
        kind: applicationAttachments.kind,
        fileName: applicationAttachments.fileName,
      });
    if (!deleted) return notFoundError(`attachment ${attachmentId}`);
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.attachment_removed",
      before: { attachmentId, kind: deleted.kind },
      requestId: options.requestId,
    });
    return deleted.storageKey;
  });
  await storage.delete(storageKey);
}
