/**
 * The organisation profile form, shared by "register my organisation" and "edit the profile":
 * one schema for the browser and the action, every error next to its field and in the summary,
 * what was typed kept when the server refuses it.
 */
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
  useForm,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import {
  type AxisLabel,
  legalFormChoices,
  legalFormLabel,
  OTHER_AXIS,
} from "~/features/eligibility";
import { departements } from "~/platform/geo";
import { CheckboxField, ChoiceGroup, SelectField, TextareaField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { budgetBandIds } from "../budget-bands";
import { legalFormSelection } from "../legal-form-field";
import {
  type OrganizationProfile,
  organizationProfileSchema,
} from "../organization-profile.schema";

/** The form's fields as posted (every value a string, the axes a list). */
export type OrganizationFormFields = {
  name: string;
  siret: string;
  rna: string;
  legalForm: string;
  creationDate: string;
  addressLine: string;
  postcode: string;
  commune: string;
  departement: string;
  website: string;
  essMember: string;
  esusApproved: string;
  employees: string;
  volunteers: string;
  annualBudgetBand: string;
  actionAxes: string[];
  otherActions: string;
};

type OrganizationFormProps = {
  /** The programme axes offered as fields of action ("other" is added). */
  axes: readonly AxisLabel[];
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: Record<string, unknown> | null;
  submitLabel: string;
  /** Extra hidden fields posted with the form (the action's intent, the registry query...). */
  hidden?: Record<string, string>;
};

/** The profile form; its action parses the same `organizationProfileSchema`. */
export function OrganizationForm({
  axes,
  lastResult,
  defaultValue,
  submitLabel,
  hidden = {},
}: OrganizationFormProps) {
  const t = useT();
  const [form, fields] = useForm<OrganizationFormFields, OrganizationProfile>({
    id: "organisation",
    lastResult,
    defaultValue: (defaultValue ?? undefined) as Partial<OrganizationFormFields> | undefined,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: organizationProfileSchema, disableAutoCoercion: true }),
    // On submit only: the error summary takes the focus, which must not happen while typing.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const label = {
    name: t("organizations.field.name"),
    siret: t("organizations.field.siret"),
    rna: t("organizations.field.rna"),
    legalForm: t("organizations.field.legalForm"),
    creationDate: t("organizations.field.creationDate"),
    addressLine: t("organizations.field.addressLine"),
    postcode: t("organizations.field.postcode"),
    commune: t("organizations.field.commune"),
    departement: t("organizations.field.departement"),
    website: t("organizations.field.website"),
    essMember: t("organizations.field.essMember"),
    esusApproved: t("organizations.field.esusApproved"),
    employees: t("organizations.field.employees"),
    volunteers: t("organizations.field.volunteers"),
    annualBudgetBand: t("organizations.field.annualBudgetBand"),
    actionAxes: t("organizations.field.actionAxes"),
    otherActions: t("organizations.field.otherActions"),
  };
  const errors = summaryErrors(
    form.errors,
    (Object.keys(label) as (keyof typeof label)[]).map((name) => ({
      field: fields[name],
      label: label[name],
    })),
  );
  const text = (name: "name" | "siret" | "rna" | "addressLine" | "postcode") =>
    getInputProps(fields[name], { type: "text" });
  // The plain-language choices of the eligibility form; a code from the register or the record
  // that no choice stands for is offered first, as it is (saving never changes it).
  const esusKnown =
    fields.esusApproved.initialValue === "on"
      ? true
      : defaultValue && "esusApproved" in defaultValue
        ? false
        : null;
  const legalForm = legalFormSelection(initialString(fields.legalForm.initialValue), esusKnown);
  const exactLabel = legalForm.exactCode ? legalFormLabel(legalForm.exactCode) : null;
  const legalFormOptions = [
    ...(legalForm.exactCode
      ? [
          {
            value: legalForm.exactCode,
            label: exactLabel
              ? t("organizations.field.legalFormExact", {
                  label: exactLabel,
                  code: legalForm.exactCode,
                })
              : t("organizations.field.legalFormCode", { code: legalForm.exactCode }),
          },
        ]
      : []),
    ...legalFormChoices.map((choice) => ({
      value: choice.id,
      label: t(`eligibility.legalForm.${choice.id}`),
    })),
  ];
  const axisOptions = [
    ...axes.map((axis) => ({ value: axis.code, label: axis.label })),
    { value: OTHER_AXIS, label: t("organizations.axis.other") },
  ];

  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form organization-form" {...getFormProps(form)}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset className="form-section">
          <legend>{t("organizations.form.identity")}</legend>
          <Field
            id={fields.name.id}
            label={label.name}
            errors={fields.name.errors}
            inputProps={{ ...text("name"), autoComplete: "organization", required: true }}
          />
          <Field
            id={fields.siret.id}
            label={label.siret}
            hint={t("organizations.field.siretHint")}
            errors={fields.siret.errors}
            inputProps={{ ...text("siret"), inputMode: "numeric", autoComplete: "off" }}
          />
          <Field
            id={fields.rna.id}
            label={label.rna}
            hint={t("organizations.field.rnaHint")}
            errors={fields.rna.errors}
            inputProps={{ ...text("rna"), autoComplete: "off" }}
          />
          <SelectField
            id={fields.legalForm.id}
            label={label.legalForm}
            hint={t("organizations.field.legalFormHint")}
            errors={fields.legalForm.errors}
            placeholder={t("organizations.field.chooseLegalForm")}
            options={legalFormOptions}
            selectProps={{
              ...getSelectProps(fields.legalForm),
              defaultValue: legalForm.selected,
              required: true,
            }}
          />
          <Field
            id={fields.creationDate.id}
            label={label.creationDate}
            hint={t("organizations.field.creationDateHint")}
            errors={fields.creationDate.errors}
            inputProps={{ ...getInputProps(fields.creationDate, { type: "date" }), required: true }}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t("organizations.form.headOffice")}</legend>
          <Field
            id={fields.addressLine.id}
            label={label.addressLine}
            hint={t("organizations.field.addressLineHint")}
            errors={fields.addressLine.errors}
            inputProps={{ ...text("addressLine"), autoComplete: "street-address" }}
          />
          <Field
            id={fields.postcode.id}
            label={label.postcode}
            errors={fields.postcode.errors}
            inputProps={{
              ...text("postcode"),
              inputMode: "numeric",
              autoComplete: "postal-code",
              required: true,
            }}
          />
          <Field
            id={fields.commune.id}
            label={label.commune}
            errors={fields.commune.errors}
            inputProps={{
              ...getInputProps(fields.commune, { type: "text" }),
              autoComplete: "address-level2",
              required: true,
            }}
          />
          <SelectField
            id={fields.departement.id}
            label={label.departement}
            hint={t("organizations.field.departementHint")}
            errors={fields.departement.errors}
            placeholder={t("organizations.field.departementFromPostcode")}
            options={departements.map((departement) => ({
              value: departement.code,
              label: `${departement.code} – ${departement.name}`,
            }))}
            selectProps={getSelectProps(fields.departement)}
          />
          <Field
            id={fields.website.id}
            label={label.website}
            hint={t("organizations.field.websiteHint")}
            errors={fields.website.errors}
            inputProps={{
              ...getInputProps(fields.website, { type: "text" }),
              inputMode: "url",
              autoComplete: "url",
            }}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t("organizations.form.status")}</legend>
          <CheckboxField
            id={fields.essMember.id}
            label={label.essMember}
            hint={t("organizations.field.essMemberHint")}
            errors={fields.essMember.errors}
            inputProps={getInputProps(fields.essMember, { type: "checkbox" })}
          />
          <CheckboxField
            id={fields.esusApproved.id}
            label={label.esusApproved}
            errors={fields.esusApproved.errors}
            inputProps={getInputProps(fields.esusApproved, { type: "checkbox" })}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t("organizations.form.size")}</legend>
          <Field
            id={fields.employees.id}
            label={label.employees}
            hint={t("organizations.field.headcountHint")}
            errors={fields.employees.errors}
            inputProps={{
              ...getInputProps(fields.employees, { type: "text" }),
              inputMode: "numeric",
              required: true,
            }}
          />
          <Field
            id={fields.volunteers.id}
            label={label.volunteers}
            hint={t("organizations.field.headcountHint")}
            errors={fields.volunteers.errors}
            inputProps={{
              ...getInputProps(fields.volunteers, { type: "text" }),
              inputMode: "numeric",
              required: true,
            }}
          />
          <SelectField
            id={fields.annualBudgetBand.id}
            label={label.annualBudgetBand}
            hint={t("organizations.field.annualBudgetBandHint")}
            errors={fields.annualBudgetBand.errors}
            placeholder={t("organizations.field.chooseBudget")}
            options={budgetBandIds.map((band) => ({
              value: band,
              label: t(`organizations.budgetBand.${band}`),
            }))}
            selectProps={{ ...getSelectProps(fields.annualBudgetBand), required: true }}
          />
        </fieldset>

        <ChoiceGroup
          id={fields.actionAxes.id}
          type="checkbox"
          name={fields.actionAxes.name}
          legend={label.actionAxes}
          hint={t("organizations.field.actionAxesHint")}
          errors={fields.actionAxes.errors}
          required
          defaultValue={fields.actionAxes.initialValue}
          options={axisOptions}
        />
        <TextareaField
          id={fields.otherActions.id}
          label={label.otherActions}
          hint={t("organizations.field.otherActionsHint")}
          errors={fields.otherActions.errors}
          textareaProps={getTextareaProps(fields.otherActions)}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}

/** A form value as a string (Conform gives undefined for a field never filled). */
function initialString(value: unknown): string {
  return typeof value === "string" ? value : "";
}
