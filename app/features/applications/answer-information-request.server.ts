// The applicant answers the staff's information request with text and files: the answer message,
// its files and the state change back to review (state machine) are one transaction; the files
// are stored first and deleted again if that transaction does not commit.
import { and, eq } from "drizzle-orm";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import type { FileStorage } from "~/platform/storage/storage";
import { applicationAttachments, applications } from "../../../db/schema";
import type { Actor } from "./actor";
import { insertMessage } from "./post-message.server";
import { attachedBytes } from "./queries.server";
import { APPLICATION_ATTACHMENTS_MAX_BYTES } from "./rules";
import { type FileProblem, type StoredFile, storeFile } from "./store-file.server";
import { applyTransition } from "./transition-application.server";

/** Most files sent with one answer. */
export const ANSWER_MAX_FILES = 5;

export type AnswerResult =
  | { ok: true }
  | { ok: false; reason: "file"; problem: FileProblem; fileName: string }
  | {
      ok: false;
      reason: "too_many_files" | "not_found" | "not_allowed_from_state" | "role_not_allowed";
    };

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
  appUrl: string;
  requestId?: string;
}): Promise<AnswerResult> {
  const { db, storage, applicationId, organizationId } = options;
  const [application] = await db
    .select({ status: applications.status })
    .from(applications)
    .where(
      and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)),
    );
  if (!application) return { ok: false, reason: "not_found" };
  if (application.status !== "information_requested") {
    return { ok: false, reason: "not_allowed_from_state" };
  }
  const files = options.files.filter((file) => file.size > 0 || file.name !== "");
  if (files.length > ANSWER_MAX_FILES) return { ok: false, reason: "too_many_files" };
  const stored: StoredFile[] = [];
  const cleanUp = () => Promise.all(stored.map((file) => storage.delete(file.storageKey)));
  let total = await attachedBytes(db, applicationId);
  for (const file of files) {
    const result = await storeFile({ storage, file, currentTotalBytes: total });
    if (!result.ok) {
      await cleanUp();
      return { ok: false, reason: "file", problem: result.problem, fileName: file.name };
    }
    stored.push(result.stored);
    total += result.stored.sizeBytes;
  }
  try {
    const outcome = await db.transaction(async (tx): Promise<AnswerResult> => {
      const moved = await applyTransition(tx, {
        applicationId,
        organizationId,
        action: "answer_information",
        actor: options.actor,
        requestId: options.requestId,
      });
      if (!moved.ok) return { ok: false, reason: moved.reason };
      if (
        (await attachedBytes(tx, applicationId)) + stored.reduce((s, f) => s + f.sizeBytes, 0) >
        APPLICATION_ATTACHMENTS_MAX_BYTES
      ) {
        throw new AnswerTooLarge();
      }
      const messageId = await insertMessage(tx, { ...options, body: options.body });
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
      return { ok: true };
    });
    if (!outcome.ok) await cleanUp();
    return outcome;
  } catch (error) {
    await cleanUp();
    if (error instanceof AnswerTooLarge) {
      return { ok: false, reason: "file", problem: "application_total_too_large", fileName: "" };
    }
    throw error;
  }
}

class AnswerTooLarge extends Error {}
