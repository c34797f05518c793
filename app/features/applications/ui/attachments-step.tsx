// Step 4: the documents. Each document type the chosen levels call for is listed with its state;
// files are added one at a time with a plain multipart form (works without JavaScript) and can be
// removed while the application is a draft.
import { Form, useNavigation } from "react-router";
import { ChoiceGroup } from "~/ui/controls";
import { ErrorSummary, type SummaryError } from "~/ui/error-summary";
import { useLocale, useT } from "~/ui/i18n";
import { formatBytes } from "../format";
import {
  APPLICATION_ATTACHMENTS_MAX_BYTES,
  type AttachmentKind,
  fileInputAccept,
  requiredAttachmentKinds,
} from "../rules";
import { StepButtons } from "./step-form";

export type AttachmentRow = {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
};

export type UploadProblem = { problem: string; fileName: string };

/** The attachments step. */
export function AttachmentsStep({
  applicationId,
  levels,
  allowedKinds,
  attachments,
  upload,
  missing,
}: {
  applicationId: string;
  levels: string[];
  allowedKinds: AttachmentKind[];
  attachments: AttachmentRow[];
  upload: UploadProblem | null;
  missing: AttachmentKind[];
}) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const required = requiredAttachmentKinds(levels as never);
  const total = attachments.reduce((sum, file) => sum + file.sizeBytes, 0);
  // Files of a kind the chosen levels no longer call for stay listed, so they can be removed.
  const listedKinds = [
    ...new Set([...allowedKinds, ...attachments.map((file) => file.kind as AttachmentKind)]),
  ];
  const errors: SummaryError[] = [
    ...(upload
      ? [
          {
            fieldId: "attachment-file",
            label: t("applications.attachments.file"),
            message: t(`applications.upload.${upload.problem}` as never, { name: upload.fileName }),
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
      <h2>{t("applications.attachments.checklist")}</h2>
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
      <Form method="post" encType="multipart/form-data" className="form upload-form">
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
          <input
            type="file"
            id="attachment-file"
            name="file"
            required
            accept={fileInputAccept}
            className="field-input"
            aria-describedby="attachment-file-hint"
            aria-invalid={upload ? true : undefined}
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
