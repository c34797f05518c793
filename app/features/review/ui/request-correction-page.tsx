/**
 * /instruction/candidatures/:id/correction: the staff form asking for a correction (steps, named
 * fields, message), then the application's correction history. A plain HTML form: works without
 * JavaScript; every field is labelled and the errors are summarised at the top.
 */
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link } from "react-router";
import { ChoiceGroup, TextareaField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { useT } from "~/ui/i18n";
import { CORRECTION_MESSAGE_MAX_LENGTH, correctableFields } from "../correction.form";
import type { CorrectionEntry } from "../corrections.server";
import { CorrectionChanges, useFieldLabel } from "./correction-changes";

export type RequestCorrectionPageData = {
  application: { id: string; number: string | null; organizationName: string };
  canRequest: boolean;
  corrections: CorrectionEntry[];
};

/** What the action answers for a form to correct (the form pipeline's reply). */
export type CorrectionReply = { formId: string; result: SubmissionResult<string[]> };

const STEPS = [1, 2, 3, 4, 5] as const;

const listOf = (value: unknown): string[] =>
  value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map(String);

export function RequestCorrectionPage({
  data,
  reply,
}: {
  data: RequestCorrectionPageData;
  reply: CorrectionReply | null;
}) {
  const t = useT();
  const fieldLabel = useFieldLabel();
  const { application } = data;
  const errors = reply?.result.error ?? {};
  const initial = (reply?.result.initialValue ?? {}) as Record<string, unknown>;
  const fieldErrors = (name: string) => errors[name] ?? undefined;
  const summary = [
    ...(errors[""] ?? []).map((message) => ({ message })),
    ...(["steps", "fields", "message"] as const).flatMap((name) =>
      (errors[name] ?? []).map((message) => ({
        fieldId: `correction-${name}`,
        label: t(`review.correction.${name}`),
        message,
      })),
    ),
  ];
  return (
    <>
      <title>{`${t("review.correction.title")} – Digit'ESS`}</title>
      <h1>{t("review.correction.title")}</h1>
      {data.canRequest ? (
        <>
          <p>
            {t("review.correction.intro", {
              number: application.number ?? "",
              organization: application.organizationName,
            })}
          </p>
          <ErrorSummary errors={summary} />
          <Form method="post" className="form">
            <ChoiceGroup
              id="correction-steps"
              type="checkbox"
              name="steps"
              legend={t("review.correction.steps")}
              hint={t("review.correction.stepsHint")}
              required
              errors={fieldErrors("steps")}
              defaultValue={listOf(initial.steps)}
              options={STEPS.map((step) => ({
                value: String(step),
                label: t(`review.correction.step.${step}`),
              }))}
            />
            <ChoiceGroup
              id="correction-fields"
              type="checkbox"
              name="fields"
              legend={t("review.correction.fields")}
              hint={t("review.correction.fieldsHint")}
              errors={fieldErrors("fields")}
              defaultValue={listOf(initial.fields)}
              options={correctableFields.map((field) => ({
                value: field.name,
                label: `${field.step}. ${fieldLabel(field.name)}`,
              }))}
            />
            <TextareaField
              id="correction-message"
              label={t("review.correction.message")}
              hint={t("review.correction.messageHint")}
              errors={fieldErrors("message")}
              textareaProps={{
                name: "message",
                required: true,
                rows: 6,
                maxLength: CORRECTION_MESSAGE_MAX_LENGTH,
                defaultValue: typeof initial.message === "string" ? initial.message : undefined,
              }}
            />
            <div className="actions">
              <button type="submit" className="button">
                {t("review.correction.submit")}
              </button>
            </div>
          </Form>
        </>
      ) : (
        <p className="empty-state">{t("review.correction.notAllowed")}</p>
      )}
      <p>
        <Link to={`/instruction/candidatures/${application.id}`}>
          {t("review.correction.back")}
        </Link>
      </p>
      <CorrectionChanges corrections={data.corrections} />
    </>
  );
}
