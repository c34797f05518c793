// Attaches a document to a draft (or, in correction, when step 4 is named): the file is checked and stored, then recorded with its audit
// event in one transaction that re-checks the 50 MB total under a lock on the application. A
// refusal ("not_draft", "file" with `details.problem`) is thrown, and the stored file deleted.
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { FileStorage } from "~/platform/storage/storage";
import { applicationAttachments, applications } from "../../../db/schema";
import type { Actor } from "./actor";
import { assertStepEditable } from "./correction.server";
import { chosenLevels, readDraftData } from "./draft";
import { attachedBytes } from "./queries.server";
import { refuseFile } from "./refusals";
import {
  APPLICATION_ATTACHMENTS_MAX_BYTES,
  type AttachmentKind,
  allowedAttachmentKinds,
} from "./rules";
import { storeFile } from "./store-file.server";

/** Adds one file of `kind` to a draft of `organizationId`. */
export async function addAttachment(options: {
  db: Database;
  storage: FileStorage;
  actor: Actor;
  applicationId: string;
  organizationId: string;
  kind: AttachmentKind;
  file: File | null;
  requestId?: string;
}): Promise<{ attachmentId: string; fileName: string }> {
  const { db, storage, actor, applicationId, organizationId, kind } = options;
  const [application] = await db
    .select({ status: applications.status, data: applications.data })
    .from(applications)
    .where(
      and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)),
    );
  if (!application) return notFoundError(`application ${applicationId}`);
  await assertStepEditable(db, { id: applicationId, status: application.status }, 4);
  if (!allowedAttachmentKinds(chosenLevels(readDraftData(application.data))).includes(kind)) {
    return refuseFile("kind", options.file?.name ?? "");
  }
  const stored = await storeFile({
    storage,
    file: options.file,
    currentTotalBytes: await attachedBytes(db, applicationId),
  });
  const { storageKey, fileName, mimeType, sizeBytes } = stored;
  try {
    return await db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ status: applications.status })
        .from(applications)
        .where(eq(applications.id, applicationId))
        .for("update");
      if (!locked) return notFoundError(`application ${applicationId}`);
      await assertStepEditable(tx, { id: applicationId, status: locked.status }, 4);
      if (
        (await attachedBytes(tx, applicationId)) + sizeBytes >
        APPLICATION_ATTACHMENTS_MAX_BYTES
      ) {
        return refuseFile("application_total_too_large", options.file?.name ?? fileName);
      }
      const [row] = await tx
        .insert(applicationAttachments)
        .values({
          applicationId,
          kind,
          fileName,
          mimeType,
          sizeBytes,
          storageKey,
          uploadedBy: actor.id,
        })
        .returning({ id: applicationAttachments.id });
      if (!row) throw new Error("attachment not recorded");
      await tx
        .update(applications)
        .set({ updatedAt: new Date() })
        .where(eq(applications.id, applicationId));
      await appendAuditEvent(tx, {
        actorId: actor.id,
        entityType: "application",
        entityId: applicationId,
        action: "application.attachment_added",
        after: { attachmentId: row.id, kind, mimeType, sizeBytes },
        requestId: options.requestId,
      });
      return { attachmentId: row.id, fileName };
    });
  } catch (error) {
    await storage.delete(storageKey);
    throw error;
  }
}
