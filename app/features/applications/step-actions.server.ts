// The actions of a step page, called by its route after the guard: save the posted values (always,
// so nothing typed is lost), validate them for "Continuer", add or remove a document.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { Database } from "~/platform/db/types";
import type { FileStorage } from "~/platform/storage/storage";
import type { Actor } from "./actor";
import { addAttachment } from "./add-attachment.server";
import { stepSchema } from "./application.schema";
import { chosenLevels, rawValuesFromForm, readDraftData } from "./draft";
import type { ProgramConfig } from "./program-config";
import { attachedBytes, listAttachments } from "./queries.server";
import { removeAttachment } from "./remove-attachment.server";
import {
  ATTACHMENT_MAX_BYTES,
  type FormStep,
  isAttachmentKind,
  missingAttachmentKinds,
  remainingUploadBytes,
  UPLOAD_REQUEST_OVERHEAD_BYTES,
} from "./rules";
import { saveDraftStep } from "./save-draft-step.server";
import { readCappedFormData, UploadTooLargeError } from "./upload.server";

/** The largest body of a step form without files. */
export const STEP_FORM_MAX_BYTES = 256 * 1024;

type Scope = {
  db: Database;
  actor: Actor;
  application: { id: string; organizationId: string; data: unknown };
  requestId?: string;
};

export type StepOutcome =
  | { kind: "redirect"; to: "next" | "previous" | "list" | "same" }
  | { kind: "invalid"; result: SubmissionResult<string[]> }
  | { kind: "missing"; missing: string[] }
  | { kind: "upload"; problem: string; fileName: string }
  | { kind: "added"; fileName: string }
  | { kind: "closed" };

/** Saves the step's values and, for "Continuer", validates them. */
export async function saveStep(
  scope: Scope & { program: ProgramConfig; step: FormStep; form: FormData },
): Promise<StepOutcome> {
  const { db, actor, application, step, form } = scope;
  const intent = form.get("intent");
  const values = rawValuesFromForm(step, form);
  let outcome: StepOutcome = { kind: "redirect", to: "same" };
  if (intent === "continue") {
    if (step === 4) {
      const kinds = (await listAttachments(db, application.id)).map((file) => file.kind);
      const missing = missingAttachmentKinds(chosenLevels(readDraftData(application.data)), kinds);
      outcome =
        missing.length > 0 ? { kind: "missing", missing } : { kind: "redirect", to: "next" };
    } else {
      const submission = parseWithZod(form, {
        schema: stepSchema(step, scope.program),
        async: false,
        disableAutoCoercion: true,
      });
      outcome =
        submission.status === "success"
          ? { kind: "redirect", to: "next" }
          : { kind: "invalid", result: submission.reply() };
    }
  } else if (intent === "previous") {
    outcome = { kind: "redirect", to: "previous" };
  } else if (intent === "save") {
    outcome = { kind: "redirect", to: "list" };
  }
  const saved = await saveDraftStep({
    db,
    actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    step,
    values,
    reachedStep: outcome.kind === "redirect" && outcome.to === "next" ? step + 1 : step,
    trigger: "save",
    requestId: scope.requestId,
  });
  return saved.ok ? outcome : { kind: "closed" };
}

/** Reads an upload (body capped to what the application may still hold) and attaches the file. */
export async function uploadDocument(
  scope: Scope & { storage: FileStorage; request: Request },
): Promise<StepOutcome> {
  const { db, application } = scope;
  const remaining = remainingUploadBytes(await attachedBytes(db, application.id));
  let form: FormData;
  try {
    form = await readCappedFormData(scope.request, remaining + UPLOAD_REQUEST_OVERHEAD_BYTES);
  } catch (error) {
    if (!(error instanceof UploadTooLargeError)) throw error;
    const problem =
      remaining < ATTACHMENT_MAX_BYTES ? "application_total_too_large" : "file_too_large";
    return { kind: "upload", problem, fileName: "" };
  }
  const kind = form.get("kind");
  const file = form.get("file");
  const fileName = file instanceof File ? file.name : "";
  if (!isAttachmentKind(kind)) return { kind: "upload", problem: "kind", fileName };
  const result = await addAttachment({
    db,
    storage: scope.storage,
    actor: scope.actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    kind,
    file: file instanceof File ? file : null,
    requestId: scope.requestId,
  });
  if (!result.ok) {
    return result.problem === "not_draft"
      ? { kind: "closed" }
      : { kind: "upload", problem: result.problem, fileName };
  }
  return { kind: "added", fileName: result.fileName };
}

/** Removes a document of the draft. */
export async function deleteDocument(
  scope: Scope & { storage: FileStorage; form: FormData },
): Promise<StepOutcome> {
  const attachmentId = scope.form.get("attachmentId");
  if (typeof attachmentId === "string") {
    await removeAttachment({
      db: scope.db,
      storage: scope.storage,
      actor: scope.actor,
      applicationId: scope.application.id,
      organizationId: scope.application.organizationId,
      attachmentId,
      requestId: scope.requestId,
    });
  }
  return { kind: "redirect", to: "same" };
}
