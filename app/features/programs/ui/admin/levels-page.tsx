/** Admin: the support levels of a programme, their funding-rate bounds and cost ceilings. */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "react-router";
import { type SupportLevelId, supportLevelIds } from "~/features/funding";
import { centsToInput } from "~/platform/format/money";
import { SelectField, TextareaField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { rediagnosticSchema, removeLevelSchema, supportLevelSchema } from "../../programs.schema";
import type { ProgrammeConfig, SupportLevel } from "../../types";
import { FormIdentity } from "./hidden";
import { RemoveButton } from "./remove-button";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

type PageProps = { config: ProgrammeConfig; actionData: AdminActionData };

function LevelForm({
  level,
  kinds,
  formId,
  actionData,
}: {
  level: SupportLevel | null;
  kinds: readonly SupportLevelId[];
  formId: string;
  actionData: AdminActionData;
}) {
  const t = useT();
  const defaults = {
    kind: level?.kind ?? kinds[0] ?? "",
    label: level?.label ?? "",
    description: level?.description ?? "",
    minRatePercent: level?.minRatePercent.toString() ?? "",
    maxRatePercent: level?.maxRatePercent.toString() ?? "",
    costCeiling: level?.costCeilingCents == null ? "" : centsToInput(level.costCeilingCents),
  };
  const [form, fields] = useAdminForm(supportLevelSchema, formId, actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.label, label: t("programs.admin.field.label") },
    { field: fields.description, label: t("programs.admin.field.description") },
    { field: fields.minRatePercent, label: t("programs.admin.level.minRate") },
    { field: fields.maxRatePercent, label: t("programs.admin.level.maxRate") },
    { field: fields.costCeiling, label: t("programs.admin.level.ceiling") },
  ]);
  return (
    <>
      <FlashNotice target={formId} />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={JSON.stringify(defaults)}>
        <FormIdentity intent="level" formId={formId} />
        {level ? (
          <input type="hidden" name="kind" value={level.kind} />
        ) : (
          <SelectField
            id={fields.kind.id}
            label={t("programs.admin.level.kind")}
            errors={fields.kind.errors}
            options={kinds.map((kind) => ({ value: kind, label: t(`funding.level.${kind}`) }))}
            selectProps={{ name: fields.kind.name, defaultValue: defaults.kind }}
          />
        )}
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
            rows: 4,
          }}
        />
        <div className="field-row">
          <Field
            id={fields.minRatePercent.id}
            label={t("programs.admin.level.minRate")}
            hint={t("programs.admin.level.rateHint")}
            errors={fields.minRatePercent.errors}
            inputProps={{
              ...getInputProps(fields.minRatePercent, { type: "text" }),
              inputMode: "numeric",
              required: true,
            }}
          />
          <Field
            id={fields.maxRatePercent.id}
            label={t("programs.admin.level.maxRate")}
            hint={t("programs.admin.level.rateHint")}
            errors={fields.maxRatePercent.errors}
            inputProps={{
              ...getInputProps(fields.maxRatePercent, { type: "text" }),
              inputMode: "numeric",
              required: true,
            }}
          />
        </div>
        <Field
          id={fields.costCeiling.id}
          label={t("programs.admin.level.ceiling")}
          hint={t("programs.admin.level.ceilingHint")}
          errors={fields.costCeiling.errors}
          inputProps={{
            ...getInputProps(fields.costCeiling, { type: "text" }),
            inputMode: "decimal",
          }}
        />
        <button type="submit" className="button">
          {level ? t("programs.admin.save") : t("programs.admin.level.add")}
        </button>
      </Form>
    </>
  );
}

/**
 * When the structure is invited to take the diagnostic again: months after its last support
 * closes (features/supports reads it).
 */
function RediagnosticForm({ config, actionData }: PageProps) {
  const t = useT();
  const defaults = { rediagnosticMonths: String(config.rediagnosticMonths) };
  const [form, fields] = useAdminForm(rediagnosticSchema, "rediagnostic", actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.rediagnosticMonths, label: t("programs.admin.rediagnostic.months") },
  ]);
  return (
    <>
      <FlashNotice target="rediagnostic" />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={config.rediagnosticMonths}>
        <FormIdentity intent="rediagnostic" formId="rediagnostic" />
        <Field
          id={fields.rediagnosticMonths.id}
          label={t("programs.admin.rediagnostic.months")}
          hint={t("programs.admin.rediagnostic.monthsHint")}
          errors={fields.rediagnosticMonths.errors}
          inputProps={{
            ...getInputProps(fields.rediagnosticMonths, { type: "text" }),
            inputMode: "numeric",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {t("programs.admin.save")}
        </button>
      </Form>
    </>
  );
}

/** The page: one form per level, then "add a level" for the kinds the programme lacks. */
export function LevelsPage({ config, actionData }: PageProps) {
  const t = useT();
  const missing = supportLevelIds.filter((kind) => !config.levels.some((l) => l.kind === kind));
  return (
    <>
      <h2>{t("programs.admin.section.levels")}</h2>
      <p>{t("programs.admin.levels.intro")}</p>
      {config.levels.length === 0 ? (
        <p className="empty-state">{t("programs.admin.levels.empty")}</p>
      ) : null}
      {config.levels.map((level) => (
        <section key={level.id} className="admin-card" aria-labelledby={`titre-${level.kind}`}>
          <h3 id={`titre-${level.kind}`}>{level.label}</h3>
          <LevelForm
            level={level}
            kinds={[level.kind]}
            formId={`level-${level.kind}`}
            actionData={actionData}
          />
          <RemoveButton
            schema={removeLevelSchema}
            intent="removeLevel"
            formId={`remove-level-${level.kind}`}
            idField="kind"
            idValue={level.kind}
            label={t("programs.admin.level.remove", { label: level.label })}
            actionData={actionData}
          />
        </section>
      ))}
      {missing.length > 0 ? (
        <section className="admin-card" aria-labelledby="ajouter-echelon">
          <h3 id="ajouter-echelon">{t("programs.admin.level.addTitle")}</h3>
          <LevelForm
            key={missing.join()}
            level={null}
            kinds={missing}
            formId="add-level"
            actionData={actionData}
          />
        </section>
      ) : null}
      <section className="admin-card" aria-labelledby="nouveau-diagnostic">
        <h3 id="nouveau-diagnostic">{t("programs.admin.rediagnostic.title")}</h3>
        <p>{t("programs.admin.rediagnostic.intro")}</p>
        <p>{t("programs.admin.rediagnostic.current", { months: config.rediagnosticMonths })}</p>
        <RediagnosticForm config={config} actionData={actionData} />
      </section>
    </>
  );
}
