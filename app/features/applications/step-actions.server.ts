// The actions of a step page, called by its route after the guard: save the posted values (always,
// so nothing typed is lost), validate them for "Continuer", add or remove a document. Each returns
// where to go next and throws a Refusal otherwise: "not_draft", "invalid" (`details.result`, the
// step form's Conform reply), "missing_documents" (`details.missing`), "file" (`details.problem`).
import { parseWithZod } from "@conform-to/zod/v4";
import { NotFound, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import {
  BodyTooLargeError,
  multipartFileName,
  readFormData,
} from "~/platform/http/read-body.server";
import type { FileStorage } from "~/platform/storage/storage";
import type { Actor } from "./actor";
import { addAttachment } from "./add-attachment.server";
import { stepSchema } from "./application.schema";
import { chosenLevels, rawValuesFromForm, readDraftData } from "./draft";
import type { ProgramConfig } from "./program-config";
import { attachedBytes, listAttachments } from "./queries.server";
import { refuseFile } from "./refusals";
import { removeAttachment } from "./remove-attachment.server";
import {
  ATTACHMENT_MAX_BYTES,
  displayFileName,
  type FormStep,
  missingAttachmentKinds,
  remainingUploadBytes,
  UPLOAD_REQUEST_OVERHEAD_BYTES,
} from "./rules";
import { saveDraftStep } from "./save-draft-step.server";
import { deleteAttachmentSchema, parseForm, stepButtonSchema, uploadSchema } from "./step.form";

type Scope = {
  db: Database;
  actor: Actor;
  application: { id: string; organizationId: string; data: unknown };
  requestId?: string;
};

/** Where a step form goes once saved. */
export type StepDestination = "next" | "previous" | "list" | "same";

/** Saves the step's values and, for "Continuer", validates them (refused when invalid). */
async function saveStep(
  scope: Scope & { program: ProgramConfig; step: FormStep; form: FormData },
): Promise<StepDestination> {
  const { db, actor, application, step, form } = scope;
  const intent = parseForm(stepButtonSchema, form)?.intent;
  const values = rawValuesFromForm(step, form);
  let destination: StepDestination = "same";
  let refusal: (() => never) | null = null;
  if (intent === "continue") {
    destination = "next";
    if (step === 4) {
      const kinds = (await listAttachments(db, application.id)).map((file) => file.kind);
      const missing = missingAttachmentKinds(chosenLevels(readDraftData(application.data)), kinds);
      if (missing.length > 0) {
        refusal = () =>
          refuse({
            code: "missing_documents",
            message: "applications.summary.cannotSubmit",
            details: { missing },
          });
      }
    } else {
      const submission = parseWithZod(form, {
        schema: stepSchema(step, scope.program),
        async: false,
        disableAutoCoercion: true,
      });
      if (submission.status !== "success") {
        const result = submission.reply();
        refusal = () =>
          refuse({ code: "invalid", message: "applications.error.required", details: { result } });
      }
    }
  } else if (intent === "previous") {
    destination = "previous";
  } else if (intent === "save") {
    destination = "list";
  }
  await saveDraftStep({
    db,
    actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    step,
    values,
    reachedStep: destination === "next" && !refusal ? step + 1 : step,
    trigger: "save",
    requestId: scope.requestId,
  });
  if (refusal) refusal();
  return destination;
}

/** Reads an upload (body capped to what the application may still hold) and attaches the file. */
export async function uploadDocument(
  scope: Scope & { storage: FileStorage; request: Request },
): Promise<{ fileName: string }> {
  const { db, application } = scope;
  const remaining = remainingUploadBytes(await attachedBytes(db, application.id));
  let form: FormData;
  try {
    form = await readFormData(scope.request, remaining + UPLOAD_REQUEST_OVERHEAD_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    // The body is refused unread; its first bytes still name the file, for the message.
    const sent = multipartFileName(error.head, scope.request.headers.get("content-type"), "file");
    return refuseFile(
      remaining < ATTACHMENT_MAX_BYTES ? "application_total_too_large" : "file_too_large",
      sent ? displayFileName(sent) : "",
    );
  }
  const upload = parseForm(uploadSchema, form);
  const file = upload?.file ?? null;
  if (!upload?.kind) return refuseFile("kind", file?.name ?? "");
  const added = await addAttachment({
    db,
    storage: scope.storage,
    actor: scope.actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    kind: upload.kind,
    file,
    requestId: scope.requestId,
  });
  return { fileName: added.fileName };
}

/** A step form without a file: the removal of a document, or the step's values and button. */
export async function submitStepForm(
  scope: Scope & { storage: FileStorage; program: ProgramConfig; step: FormStep; form: FormData },
): Promise<StepDestination> {
  const removal = parseForm(deleteAttachmentSchema, scope.form);
  return removal
    ? deleteDocument({ ...scope, attachmentId: removal.attachmentId })
    : saveStep(scope);
}

/** Removes a document of the draft (one already removed, by a second click, is no error). */
async function deleteDocument(
  scope: Scope & { storage: FileStorage; attachmentId: string | undefined },
): Promise<StepDestination> {
  const { attachmentId } = scope;
  if (attachmentId === undefined) return "same";
  try {
    await removeAttachment({
      db: scope.db,
      storage: scope.storage,
      actor: scope.actor,
      applicationId: scope.application.id,
      organizationId: scope.application.organizationId,
      attachmentId,
      requestId: scope.requestId,
    });
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
  return "same";
}
