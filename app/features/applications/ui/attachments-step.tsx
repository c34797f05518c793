// Step 4: the documents. Each document type the chosen levels call for is listed with its state;
// files are added one at a time with a plain multipart form (works without JavaScript) and can be
// removed while the application is a draft. With JavaScript, a file too large is refused as soon
// as it is chosen, before anything is sent, under the limit the loader sent (the server's).
import { type FormEvent, useEffect, useState } from "react";
import { Form, useNavigation } from "react-router";
import { ChoiceGroup } from "~/ui/controls";
import { ErrorSummary, type SummaryError } from "~/ui/error-summary";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { formatBytes } from "../format";
import {
  APPLICATION_ATTACHMENTS_MAX_BYTES,
  type AttachmentKind,
  fileInputAccept,
  isSizeProblem,
  requiredAttachmentKinds,
  type UploadLimit,
  uploadSizeProblem,
} from "../rules";
import { StepButtons } from "./step-form";

export type AttachmentRow = {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
};

export type UploadProblem = { problem: string; fileName: string };

/** The id the "added" notice targets: the list of documents, where the new file shows. */
export const ATTACHMENTS_NOTICE_TARGET = "documents";

/** The message of a refused file, naming it (a name the server could not read: the generic one). */
function useUploadMessage() {
  const t = useT();
  return (upload: UploadProblem) => {
    const unnamed = upload.fileName === "" && isSizeProblem(upload.problem);
    const key = `applications.upload.${upload.problem}${unnamed ? "_unnamed" : ""}`;
    return t(key as never, { name: upload.fileName });
  };
}

/** The size problem of the file chosen in the form's file input, under `limit`. */
function chosenFileProblem(
  input: HTMLInputElement | null,
  limit: UploadLimit | null,
): UploadProblem | null {
  const file = input?.files?.[0];
  if (!file || !limit) return null;
  const problem = uploadSizeProblem(file.size, limit);
  return problem ? { problem, fileName: file.name } : null;
}

/** The attachments step. */
export function AttachmentsStep({
  applicationId,
  levels,
  allowedKinds,
  attachments,
  uploadLimit,
  upload,
  missing,
}: {
  applicationId: string;
  levels: string[];
  allowedKinds: AttachmentKind[];
  attachments: AttachmentRow[];
  /** What one more file may weigh (the server's limit), to refuse it before uploading. */
  uploadLimit: UploadLimit | null;
  /** The server's answer to the last upload, when it refused the file. */
  upload: UploadProblem | null;
  missing: AttachmentKind[];
}) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const uploadMessage = useUploadMessage();
  // What the browser found about the file chosen since the server's last answer (null: nothing
  // chosen since); it replaces that answer until the server answers again.
  const [chosen, setChosen] = useState<{ problem: UploadProblem | null } | null>(null);
  useEffect(() => {
    if (upload) setChosen(null);
  }, [upload]);
  const shown = chosen ? chosen.problem : upload;
  const checkChosen = (input: HTMLInputElement | null) =>
    setChosen({ problem: chosenFileProblem(input, uploadLimit) });
  const refuseTooLarge = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    const problem = chosenFileProblem(input, uploadLimit);
    if (!problem) return;
    // Nothing is sent: the file would be refused after a long upload.
    event.preventDefault();
    setChosen({ problem });
  };
  const required = requiredAttachmentKinds(levels as never);
  const total = attachments.reduce((sum, file) => sum + file.sizeBytes, 0);
  // Files of a kind the chosen levels no longer call for stay listed, so they can be removed.
  const listedKinds = [
    ...new Set([...allowedKinds, ...attachments.map((file) => file.kind as AttachmentKind)]),
  ];
  const errors: SummaryError[] = [
    ...(shown
      ? [
          {
            fieldId: "attachment-file",
            label: t("applications.attachments.file"),
            message: uploadMessage(shown),
          },
        ]
      : []),
    ...missing.map((kind) => ({
      fieldId: `attachment-kind-${kind}`,
      message: `applications.error.missingDocument.${kind}`,
    })),
  ];
  const uploading =
    navigation.state === "submitting" && navigation.formData?.get("intent") === "upload";
  return (
    <>
      <ErrorSummary errors={errors} />
      <p>{t("applications.attachments.intro")}</p>
      <p className="field-hint">{t("applications.attachments.limits")}</p>
      <h2 id={ATTACHMENTS_NOTICE_TARGET}>{t("applications.attachments.checklist")}</h2>
      {/* The confirmation of the last upload, unless the page now shows an error. */}
      {errors.length === 0 ? <FlashNotice target={ATTACHMENTS_NOTICE_TARGET} /> : null}
      <ul className="document-list">
        {listedKinds.map((kind) => {
          const files = attachments.filter((file) => file.kind === kind);
          return (
            <li key={kind} id={`attachment-kind-${kind}`} tabIndex={-1} className="document-item">
              <p className="document-title">
                <strong>{t(`applications.attachmentKind.${kind}`)}</strong>{" "}
                <span className="document-required">
                  {required.includes(kind)
                    ? t("applications.attachments.required")
                    : t("applications.attachments.optional")}
                </span>
              </p>
              <p className="field-hint">{t(`applications.attachmentHint.${kind}`)}</p>
              {files.length === 0 ? (
                <p className={required.includes(kind) ? "document-missing" : "document-none"}>
                  {required.includes(kind)
                    ? t("applications.attachments.missing")
                    : t("applications.attachments.none")}
                </p>
              ) : (
                <ul className="file-list">
                  {files.map((file) => (
                    <li key={file.id} className="file-item">
                      <a href={`/espace/candidatures/${applicationId}/pieces/${file.id}`}>
                        {file.fileName}
                      </a>{" "}
                      <span className="file-size">({formatBytes(file.sizeBytes, locale)})</span>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="delete-attachment" />
                        <input type="hidden" name="attachmentId" value={file.id} />
                        <button type="submit" className="button button-secondary button-small">
                          {t("applications.attachments.remove")}
                          <span className="visually-hidden"> {file.fileName}</span>
                        </button>
                      </Form>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        {t("applications.attachments.usage", {
          count: attachments.length,
          used: formatBytes(total, locale),
          max: formatBytes(APPLICATION_ATTACHMENTS_MAX_BYTES, locale),
        })}
      </p>
      <h2>{t("applications.attachments.addTitle")}</h2>
      <Form
        // A stored file changes the list: the form is drawn anew, its file input empty.
        key={attachments.map((file) => file.id).join(",")}
        method="post"
        encType="multipart/form-data"
        className="form upload-form"
        onSubmit={refuseTooLarge}
      >
        <input type="hidden" name="intent" value="upload" />
        <ChoiceGroup
          id="attachment-kind"
          legend={t("applications.attachments.kind")}
          type="radio"
          name="kind"
          required
          options={allowedKinds.map((kind) => ({
            value: kind,
            label: t(`applications.attachmentKind.${kind}`),
          }))}
          defaultValue={[
            allowedKinds.find((kind) => !attachments.some((f) => f.kind === kind)) ?? "other",
          ]}
        />
        <div className="field">
          <label htmlFor="attachment-file" className="field-label">
            {t("applications.attachments.file")}
            <span className="field-required"> ({t("form.required")})</span>
          </label>
          <p id="attachment-file-hint" className="field-hint">
            {t("applications.attachments.fileHint")}
          </p>
          {shown ? (
            <ul id="attachment-file-error" className="field-errors">
              <li>{uploadMessage(shown)}</li>
            </ul>
          ) : null}
          {shown && isSizeProblem(shown.problem) ? (
            <p id="attachment-file-tip" className="field-hint">
              {t("applications.upload.smallerTip")}
            </p>
          ) : null}
          <input
            type="file"
            id="attachment-file"
            name="file"
            required
            accept={fileInputAccept}
            className="field-input"
            aria-describedby={[
              "attachment-file-hint",
              shown ? "attachment-file-error" : "",
              shown && isSizeProblem(shown.problem) ? "attachment-file-tip" : "",
            ]
              .filter(Boolean)
              .join(" ")}
            aria-invalid={shown ? true : undefined}
            onChange={(event) => checkChosen(event.currentTarget)}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={uploading}>
          {uploading ? t("applications.attachments.uploading") : t("applications.attachments.add")}
        </button>
      </Form>
      <Form method="post" className="form step-continue">
        <StepButtons step={4} />
      </Form>
    </>
  );
}
