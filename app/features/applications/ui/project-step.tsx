// Step 2: the project (situation, needs, goals, people reached) and the priority axes it serves.
import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { useMemo } from "react";
import { OTHER_AXIS } from "~/features/eligibility";
import { ChoiceGroup, TextareaField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { projectStepSchema, type RawValues } from "../application.schema";
import type { ProgramFormConfig } from "../program-config";
import { StepForm, useStepForm } from "./step-form";
import { initialList } from "./values";

const textareas = ["situation", "needs", "goals", "beneficiaries"] as const;
type ProjectField = (typeof textareas)[number] | "beneficiariesCount" | "axes";

/** The project step's fields. */
export function ProjectStep({
  applicationId,
  version,
  values,
  program,
  lastResult,
}: {
  applicationId: string;
  version: string;
  values: RawValues;
  program: ProgramFormConfig;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const schema = useMemo(() => projectStepSchema(program), [program]);
  const [form, fields] = useStepForm<ProjectField>({ step: 2, schema, lastResult, values });
  const labels = {
    situation: t("applications.field.situation"),
    needs: t("applications.field.needs"),
    goals: t("applications.field.goals"),
    beneficiaries: t("applications.field.beneficiaries"),
    beneficiariesCount: t("applications.field.beneficiariesCount"),
    axes: t("applications.field.axes"),
  };
  const hints = {
    situation: t("applications.field.situationHint"),
    needs: t("applications.field.needsHint"),
    goals: t("applications.field.goalsHint"),
    beneficiaries: t("applications.field.beneficiariesHint"),
  };
  const errors = summaryErrors(
    form.errors,
    (Object.keys(labels) as (keyof typeof labels)[]).map((name) => ({
      field: fields[name],
      label: labels[name],
    })),
  );
  return (
    <StepForm
      formProps={getFormProps(form)}
      applicationId={applicationId}
      step={2}
      version={version}
      errors={errors}
    >
      <p>{t("applications.project.intro")}</p>
      {textareas.map((name) => (
        <TextareaField
          key={name}
          id={fields[name].id}
          label={labels[name]}
          hint={hints[name]}
          errors={fields[name].errors}
          textareaProps={{
            ...getTextareaProps(fields[name]),
            required: true,
            maxLength: 5000,
            rows: 5,
          }}
        />
      ))}
      <Field
        id={fields.beneficiariesCount.id}
        label={labels.beneficiariesCount}
        hint={t("applications.field.beneficiariesCountHint")}
        errors={fields.beneficiariesCount.errors}
        inputProps={{
          ...getInputProps(fields.beneficiariesCount, { type: "text" }),
          inputMode: "numeric",
          required: true,
        }}
      />
      <ChoiceGroup
        id={fields.axes.id}
        legend={labels.axes}
        hint={t("applications.field.axesHint")}
        errors={fields.axes.errors}
        type="checkbox"
        name={fields.axes.name}
        required
        options={[
          ...program.axes.map((axis) => ({ value: axis.code, label: axis.label })),
          { value: OTHER_AXIS, label: t("applications.axis.other") },
        ]}
        defaultValue={initialList(fields.axes.initialValue)}
      />
    </StepForm>
  );
}
