/** Admin: how often the committee meets, and the criteria its members score applications on. */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "react-router";
import { ChoiceGroup, TextareaField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import {
  committeeSchema,
  removeCriterionSchema,
  reviewCriterionSchema,
} from "../../programs.schema";
import { committeeCadences, type ProgrammeConfig, type ReviewCriterion } from "../../types";
import { FormIdentity } from "./hidden";
import { RemoveButton } from "./remove-button";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

function CadenceForm({
  config,
  actionData,
}: {
  config: ProgrammeConfig;
  actionData: AdminActionData;
}) {
  const t = useT();
  const defaults = { cadence: config.committeeCadence };
  const [form, fields] = useAdminForm(committeeSchema, "committee", actionData, defaults);
  return (
    <>
      <FlashNotice target="committee" />
      <Form method="post" className="form" {...getFormProps(form)} key={config.committeeCadence}>
        <FormIdentity intent="committee" formId="committee" />
        <ChoiceGroup
          id={fields.cadence.id}
          type="radio"
          name={fields.cadence.name}
          legend={t("programs.admin.committee.cadence")}
          errors={fields.cadence.errors}
          defaultValue={fields.cadence.initialValue as string | undefined}
          options={committeeCadences.map((cadence) => ({
            value: cadence,
            label: t(`programs.cadence.${cadence}`),
          }))}
        />
        <button type="submit" className="button">
          {t("programs.admin.save")}
        </button>
      </Form>
    </>
  );
}

function CriterionForm({
  criterion,
  formId,
  actionData,
}: {
  criterion: ReviewCriterion | null;
  formId: string;
  actionData: AdminActionData;
}) {
  const t = useT();
  const defaults = {
    label: criterion?.label ?? "",
    description: criterion?.description ?? "",
    weight: criterion?.weight.toString() ?? "1",
  };
  const [form, fields] = useAdminForm(reviewCriterionSchema, formId, actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.label, label: t("programs.admin.field.label") },
    { field: fields.description, label: t("programs.admin.field.description") },
    { field: fields.weight, label: t("programs.admin.criterion.weight") },
  ]);
  return (
    <>
      <FlashNotice target={formId} />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={JSON.stringify(defaults)}>
        <FormIdentity intent="criterion" formId={formId} />
        {criterion ? <input type="hidden" name="criterionId" value={criterion.id} /> : null}
        <Field
          id={fields.label.id}
          label={t("programs.admin.field.label")}
          errors={fields.label.errors}
          inputProps={{ ...getInputProps(fields.label, { type: "text" }), required: true }}
        />
        <TextareaField
          id={fields.description.id}
          label={t("programs.admin.field.description")}
          errors={fields.description.errors}
          textareaProps={{
            name: fields.description.name,
            defaultValue: fields.description.initialValue as string | undefined,
          }}
        />
        <Field
          id={fields.weight.id}
          label={t("programs.admin.criterion.weight")}
          hint={t("programs.admin.criterion.weightHint")}
          errors={fields.weight.errors}
          inputProps={{
            ...getInputProps(fields.weight, { type: "text" }),
            inputMode: "numeric",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {criterion ? t("programs.admin.save") : t("programs.admin.criterion.add")}
        </button>
      </Form>
    </>
  );
}

/** The page: the cadence, one card per criterion, then "add a criterion". */
export function CommitteePage({
  config,
  actionData,
}: {
  config: ProgrammeConfig;
  actionData: AdminActionData;
}) {
  const t = useT();
  return (
    <>
      <h2>{t("programs.admin.section.committee")}</h2>
      <CadenceForm config={config} actionData={actionData} />
      <h3>{t("programs.admin.criteria.title")}</h3>
      <p>{t("programs.admin.criteria.intro")}</p>
      {config.reviewCriteria.length === 0 ? (
        <p className="empty-state">{t("programs.admin.criteria.empty")}</p>
      ) : null}
      {config.reviewCriteria.map((criterion) => (
        <section key={criterion.id} className="admin-card" aria-labelledby={`crit-${criterion.id}`}>
          <h4 id={`crit-${criterion.id}`}>{criterion.label}</h4>
          <CriterionForm
            criterion={criterion}
            formId={`criterion-${criterion.id}`}
            actionData={actionData}
          />
          <RemoveButton
            schema={removeCriterionSchema}
            intent="removeCriterion"
            formId={`remove-criterion-${criterion.id}`}
            idField="criterionId"
            idValue={criterion.id}
            label={t("programs.admin.criterion.remove", { label: criterion.label })}
            actionData={actionData}
          />
        </section>
      ))}
      <section className="admin-card" aria-labelledby="ajouter-critere">
        <h4 id="ajouter-critere">{t("programs.admin.criterion.addTitle")}</h4>
        <CriterionForm
          key={config.reviewCriteria.length}
          criterion={null}
          formId="add-criterion"
          actionData={actionData}
        />
      </section>
    </>
  );
}
