// Step 5: the sworn statement and the consent to data processing, signed by a named person.
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { CheckboxField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { declarationsStepSchema, type RawValues } from "../application.schema";
import { StepForm, useStepForm } from "./step-form";
import { initialText } from "./values";

/** The declarations step's fields. */
export function DeclarationsStep({
  applicationId,
  version,
  values,
  lastResult,
}: {
  applicationId: string;
  version: string;
  values: RawValues;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const [form, fields] = useStepForm<keyof typeof declarationsStepSchema.shape>({
    step: 5,
    schema: declarationsStepSchema,
    lastResult,
    values,
  });
  const errors = summaryErrors(form.errors, [
    { field: fields.swornStatement, label: t("applications.field.swornStatementShort") },
    { field: fields.dataConsent, label: t("applications.field.dataConsentShort") },
    { field: fields.signatoryName, label: t("applications.field.signatoryName") },
    { field: fields.signatoryRole, label: t("applications.field.signatoryRole") },
  ]);
  return (
    <StepForm
      formProps={getFormProps(form)}
      applicationId={applicationId}
      step={5}
      version={version}
      errors={errors}
    >
      <p>{t("applications.declarations.intro")}</p>
      <CheckboxField
        id={fields.swornStatement.id}
        errors={fields.swornStatement.errors}
        label={t("applications.field.swornStatement")}
        inputProps={{
          name: fields.swornStatement.name,
          value: "on",
          defaultChecked: initialText(fields.swornStatement.initialValue) === "on",
        }}
      />
      <CheckboxField
        id={fields.dataConsent.id}
        errors={fields.dataConsent.errors}
        label={
          <>
            {t("applications.field.dataConsent")}{" "}
            <a href="/donnees-personnelles" target="_blank" rel="noopener">
              {t("applications.field.dataConsentLink")}
            </a>
          </>
        }
        inputProps={{
          name: fields.dataConsent.name,
          value: "on",
          defaultChecked: initialText(fields.dataConsent.initialValue) === "on",
        }}
      />
      <Field
        id={fields.signatoryName.id}
        label={t("applications.field.signatoryName")}
        errors={fields.signatoryName.errors}
        inputProps={{
          ...getInputProps(fields.signatoryName, { type: "text" }),
          required: true,
          autoComplete: "name",
        }}
      />
      <Field
        id={fields.signatoryRole.id}
        label={t("applications.field.signatoryRole")}
        hint={t("applications.field.signatoryRoleHint")}
        errors={fields.signatoryRole.errors}
        inputProps={{ ...getInputProps(fields.signatoryRole, { type: "text" }), required: true }}
      />
    </StepForm>
  );
}
