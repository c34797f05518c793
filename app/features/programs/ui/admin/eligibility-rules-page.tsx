/** Admin: who may apply (accepted legal forms, ESUS, minimum age, territory). */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "react-router";
import { essLegalForms } from "~/features/eligibility";
import { ChoiceGroup, TextareaField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { eligibilityRulesSchema } from "../../programs.schema";
import type { ProgrammeConfig } from "../../types";
import { FormIdentity } from "./hidden";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

const families = ["association", "cooperative", "mutual", "foundation"] as const;

/** The eligibility rules form. */
export function EligibilityRulesPage({
  config,
  actionData,
}: {
  config: ProgrammeConfig;
  actionData: AdminActionData;
}) {
  const t = useT();
  const { eligibility } = config;
  const known = new Set(Object.keys(essLegalForms));
  const defaults = {
    acceptedLegalForms: eligibility.acceptedLegalForms.filter((code) => known.has(code)),
    otherLegalForms: eligibility.acceptedLegalForms.filter((code) => !known.has(code)).join(" "),
    esusAccepted: eligibility.esusAccepted ? "on" : "",
    minimumAgeYears: eligibility.minimumAgeYears.toString(),
    departements: eligibility.departements.join(" "),
  };
  const [form, fields] = useAdminForm(eligibilityRulesSchema, "eligibility", actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.acceptedLegalForms, label: t("programs.admin.rules.legalForms") },
    { field: fields.otherLegalForms, label: t("programs.admin.rules.otherLegalForms") },
    { field: fields.minimumAgeYears, label: t("programs.admin.rules.minimumAge") },
    { field: fields.departements, label: t("programs.admin.rules.departements") },
  ]);
  const checked = fields.acceptedLegalForms.initialValue;
  const checkedCodes = Array.isArray(checked)
    ? (checked as string[])
    : checked
      ? [String(checked)]
      : [];
  return (
    <>
      <h2>{t("programs.admin.section.eligibility")}</h2>
      <p>{t("programs.admin.rules.intro")}</p>
      <FlashNotice target="eligibility" />
      <ErrorSummary errors={errors} />
      <Form
        method="post"
        className="form form-wide"
        {...getFormProps(form)}
        key={JSON.stringify(defaults)}
      >
        <FormIdentity intent="eligibility" formId="eligibility" />
        <h3>{t("programs.admin.rules.legalForms")}</h3>
        <p className="field-hint">{t("programs.admin.rules.legalFormsHint")}</p>
        {families.map((family, index) => (
          <ChoiceGroup
            key={family}
            id={
              index === 0
                ? fields.acceptedLegalForms.id
                : `${fields.acceptedLegalForms.id}-${family}`
            }
            type="checkbox"
            name={fields.acceptedLegalForms.name}
            legend={t(`programs.admin.rules.family.${family}`)}
            errors={index === 0 ? fields.acceptedLegalForms.errors : undefined}
            defaultValue={checkedCodes}
            options={Object.entries(essLegalForms)
              .filter(([, form]) => form.family === family)
              .map(([code, form]) => ({ value: code, label: `${form.label} (${code})` }))}
          />
        ))}
        <Field
          id={fields.otherLegalForms.id}
          label={t("programs.admin.rules.otherLegalForms")}
          hint={t("programs.admin.rules.otherLegalFormsHint")}
          errors={fields.otherLegalForms.errors}
          inputProps={getInputProps(fields.otherLegalForms, { type: "text" })}
        />
        <ChoiceGroup
          id={fields.esusAccepted.id}
          type="checkbox"
          name={fields.esusAccepted.name}
          legend={t("programs.admin.rules.esus")}
          defaultValue={fields.esusAccepted.initialValue as string | undefined}
          options={[{ value: "on", label: t("programs.admin.rules.esusLabel") }]}
        />
        <Field
          id={fields.minimumAgeYears.id}
          label={t("programs.admin.rules.minimumAge")}
          hint={t("programs.admin.rules.minimumAgeHint")}
          errors={fields.minimumAgeYears.errors}
          inputProps={{
            ...getInputProps(fields.minimumAgeYears, { type: "text" }),
            inputMode: "numeric",
            required: true,
          }}
        />
        <TextareaField
          id={fields.departements.id}
          label={t("programs.admin.rules.departements")}
          hint={t("programs.admin.rules.departementsHint")}
          errors={fields.departements.errors}
          textareaProps={{
            name: fields.departements.name,
            defaultValue: fields.departements.initialValue as string | undefined,
            required: true,
            rows: 5,
          }}
        />
        <button type="submit" className="button">
          {t("programs.admin.save")}
        </button>
      </Form>
    </>
  );
}
