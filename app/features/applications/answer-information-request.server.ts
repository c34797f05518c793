// The applicant answers the staff's information request with text and files: the answer message,
// its files and the state change back to review (state machine) are one transaction; the files
// are stored first and deleted again if that transaction does not commit. The open
// information_requests row is marked answered in the same transaction. Refusals are thrown:
// "not_allowed_from_state", "too_many_files", "file" (`details.problem`, `details.fileName`).
// The form's token makes a replay of the same answer a no-op (message-token.server.ts).
import { and, eq, isNull } from "drizzle-orm";
import { notFoundError, Refusal, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import type { FileStorage } from "~/platform/storage/storage";
import { applicationAttachments, applications, informationRequests } from "../../../db/schema";
import type { Actor } from "./actor";
import { findReplayedMessage, insertMessage } from "./post-message.server";
import { attachedBytes } from "./queries.server";
import { refuseFile, refuseTransition } from "./refusals";
import {
  APPLICATION_ATTACHMENTS_MAX_BYTES,
  ATTACHMENT_MAX_BYTES,
  UPLOAD_REQUEST_OVERHEAD_BYTES,
} from "./rules";
import { type StoredFile, storeFile } from "./store-file.server";
import { applyTransition } from "./transition-application.server";

/** Most files sent with one answer. */
export const ANSWER_MAX_FILES = 5;

/** The cap of an answer's body: five files of 10 MB and the multipart framing (ADR 0004). */
export const ANSWER_BODY_MAX_BYTES =
  ANSWER_MAX_FILES * ATTACHMENT_MAX_BYTES + UPLOAD_REQUEST_OVERHEAD_BYTES;

/** Records the answer of `organizationId` to the information request on `applicationId`. */
export async function answerInformationRequest(options: {
  db: Database;
  jobs: JobQueue;
  storage: FileStorage;
  actor: Actor;
  applicationId: string;
  organizationId: string;
  body: string;
  files: File[];
  /** The form's hidden token: the same answer twice is recorded once. */
  token?: string;
  appUrl: string;
  requestId?: string;
}): Promise<{ messageId: string }> {
  const { db, storage, applicationId, organizationId } = options;
  const [application] = await db
    .select({ status: applications.status })
    .from(applications)
    .where(
      and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)),
    );
  if (!application) return notFoundError(`application ${applicationId}`);
  // The same answer sent again (its form's token) was recorded the first time: nothing to do.
  const replayed = await findReplayedMessage(db, applicationId, options.token);
  if (replayed) return { messageId: replayed };
  if (application.status !== "information_requested") {
    return refuseTransition("not_allowed_from_state");
  }
  const files = options.files.filter((file) => file.size > 0 || file.name !== "");
  if (files.length > ANSWER_MAX_FILES) {
    return refuse({ code: "too_many_files", message: "applications.error.tooManyFiles" });
  }
  const stored: StoredFile[] = [];
  const cleanUp = () => Promise.all(stored.map((file) => storage.delete(file.storageKey)));
  try {
    let total = await attachedBytes(db, applicationId);
    for (const file of files) {
      const one = await storeFile({ storage, file, currentTotalBytes: total });
      stored.push(one);
      total += one.sizeBytes;
    }
    return await db.transaction(async (tx) => {
      await applyTransition(tx, {
        applicationId,
        organizationId,
        action: "answer_information",
        actor: options.actor,
        requestId: options.requestId,
      });
      if (
        (await attachedBytes(tx, applicationId)) + stored.reduce((s, f) => s + f.sizeBytes, 0) >
        APPLICATION_ATTACHMENTS_MAX_BYTES
      ) {
        return refuseFile("application_total_too_large", "");
      }
      const messageId = await insertMessage(tx, {
        ...options,
        body: options.body,
        isInformationAnswer: true,
      });
      // The open request is answered (issue 13): the reminder job leaves it alone from now on.
      await tx
        .update(informationRequests)
        .set({ answeredAt: new Date() })
        .where(
          and(
            eq(informationRequests.applicationId, applicationId),
            isNull(informationRequests.answeredAt),
          ),
        );
      if (stored.length > 0) {
        await tx.insert(applicationAttachments).values(
          stored.map((file) => ({
            applicationId,
            kind: "answer",
            fileName: file.fileName,
            mimeType: file.mimeType,
            sizeBytes: file.sizeBytes,
            storageKey: file.storageKey,
            messageId,
            uploadedBy: options.actor.id,
          })),
        );
      }
      return { messageId };
    });
  } catch (error) {
    await cleanUp();
    // The answer form names one message for any refused file, shown next to its files.
    if (error instanceof Refusal && error.code === "file") {
      throw new Refusal({
        code: error.code,
        message: "applications.error.fileRefused",
        field: "files",
        ...(error.details ? { details: error.details } : {}),
      });
    }
    throw error;
  }
}
