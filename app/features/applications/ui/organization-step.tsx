// Step 1: the organisation, prefilled from its record; the applicant checks and corrects it.
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import type { FormEvent } from "react";
import { legalFormChoices } from "~/features/eligibility";
import { departementFromPostcode, departements } from "~/platform/geo";
import { SelectField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { organizationStepSchema, type RawValues } from "../application.schema";
import { StepForm, useStepForm } from "./step-form";
import { initialText } from "./values";

/** The organisation step's fields. */
export function OrganizationStep({
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
  const [form, fields] = useStepForm<keyof typeof organizationStepSchema.shape>({
    step: 1,
    schema: organizationStepSchema,
    lastResult,
    values,
  });
  const labels = {
    name: t("applications.field.name"),
    legalForm: t("applications.field.legalForm"),
    creationDate: t("applications.field.creationDate"),
    addressLine: t("applications.field.addressLine"),
    postcode: t("applications.field.postcode"),
    commune: t("applications.field.commune"),
    departement: t("applications.field.departement"),
    website: t("applications.field.website"),
    employees: t("applications.field.employees"),
    volunteers: t("applications.field.volunteers"),
    contactName: t("applications.field.contactName"),
    contactRole: t("applications.field.contactRole"),
    contactPhone: t("applications.field.contactPhone"),
  };
  const errors = summaryErrors(
    form.errors,
    (Object.keys(labels) as (keyof typeof labels)[]).map((name) => ({
      field: fields[name],
      label: labels[name],
    })),
  );
  // With JavaScript, an empty département is proposed from the postcode as it is typed.
  const proposeDepartement = (event: FormEvent<HTMLInputElement>) => {
    const select = event.currentTarget.form?.elements.namedItem("departement");
    const code = departementFromPostcode(event.currentTarget.value.replace(/\s/g, ""));
    if (select instanceof HTMLSelectElement && select.value === "" && code) select.value = code;
  };
  const input = (name: keyof typeof labels, type: "text" | "date" | "tel" = "text") =>
    getInputProps(fields[name], { type });
  return (
    <StepForm
      formProps={getFormProps(form)}
      applicationId={applicationId}
      step={1}
      version={version}
      errors={errors}
    >
      <p>{t("applications.organization.intro")}</p>
      <fieldset className="form-section">
        <legend>{t("applications.organization.identity")}</legend>
        <Field
          id={fields.name.id}
          label={labels.name}
          errors={fields.name.errors}
          inputProps={{ ...input("name"), required: true, autoComplete: "organization" }}
        />
        <SelectField
          id={fields.legalForm.id}
          label={labels.legalForm}
          hint={t("applications.field.legalFormHint")}
          errors={fields.legalForm.errors}
          placeholder={t("applications.field.choose")}
          options={legalFormChoices.map((choice) => ({
            value: choice.id,
            label: t(`applications.legalForm.${choice.id}`),
          }))}
          selectProps={{
            name: fields.legalForm.name,
            defaultValue: initialText(fields.legalForm.initialValue),
            required: true,
          }}
        />
        <Field
          id={fields.creationDate.id}
          label={labels.creationDate}
          hint={t("applications.field.creationDateHint")}
          errors={fields.creationDate.errors}
          inputProps={{ ...input("creationDate", "date"), required: true }}
        />
        <Field
          id={fields.website.id}
          label={labels.website}
          errors={fields.website.errors}
          inputProps={{ ...input("website"), autoComplete: "url", inputMode: "url" }}
        />
        <Field
          id={fields.employees.id}
          label={labels.employees}
          hint={t("applications.field.employeesHint")}
          errors={fields.employees.errors}
          inputProps={{ ...input("employees"), inputMode: "numeric", required: true }}
        />
        <Field
          id={fields.volunteers.id}
          label={labels.volunteers}
          errors={fields.volunteers.errors}
          inputProps={{ ...input("volunteers"), inputMode: "numeric", required: true }}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("applications.organization.address")}</legend>
        <Field
          id={fields.addressLine.id}
          label={labels.addressLine}
          errors={fields.addressLine.errors}
          inputProps={{ ...input("addressLine"), required: true, autoComplete: "street-address" }}
        />
        <Field
          id={fields.postcode.id}
          label={labels.postcode}
          errors={fields.postcode.errors}
          inputProps={{
            ...input("postcode"),
            required: true,
            inputMode: "numeric",
            autoComplete: "postal-code",
            onInput: proposeDepartement,
          }}
        />
        <Field
          id={fields.commune.id}
          label={labels.commune}
          errors={fields.commune.errors}
          inputProps={{ ...input("commune"), required: true, autoComplete: "address-level2" }}
        />
        <SelectField
          id={fields.departement.id}
          label={labels.departement}
          errors={fields.departement.errors}
          placeholder={t("applications.field.choose")}
          options={departements.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))}
          selectProps={{
            name: fields.departement.name,
            defaultValue: initialText(fields.departement.initialValue),
            required: true,
          }}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("applications.organization.contact")}</legend>
        <Field
          id={fields.contactName.id}
          label={labels.contactName}
          errors={fields.contactName.errors}
          inputProps={{ ...input("contactName"), required: true, autoComplete: "name" }}
        />
        <Field
          id={fields.contactRole.id}
          label={labels.contactRole}
          hint={t("applications.field.contactRoleHint")}
          errors={fields.contactRole.errors}
          inputProps={{
            ...input("contactRole"),
            required: true,
            autoComplete: "organization-title",
          }}
        />
        <Field
          id={fields.contactPhone.id}
          label={labels.contactPhone}
          errors={fields.contactPhone.errors}
          inputProps={{ ...input("contactPhone", "tel"), autoComplete: "tel" }}
        />
      </fieldset>
    </StepForm>
  );
}
