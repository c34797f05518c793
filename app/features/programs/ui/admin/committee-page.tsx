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
  type PortfolioDimension,
  portfolioDimensions,
  portfolioRegions,
  portfolioSizeBands,
} from "../../portfolio-targets";
import {
  committeeSchema,
  portfolioTargetsSchema,
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

const dimensionKeys = {
  axis: "committees.portfolio.dimension.axis",
  region: "committees.portfolio.dimension.region",
  level: "committees.portfolio.dimension.level",
  size: "committees.portfolio.dimension.size",
} as const;

/**
 * The portfolio targets: on what the shares are counted, the tolerance, and a target share per
 * axis, région, level and size (an empty field sets none). The committee's balance reads them.
 */
function TargetsForm({
  config,
  actionData,
}: {
  config: ProgrammeConfig;
  actionData: AdminActionData;
}) {
  const t = useT();
  const targets = config.portfolioTargets;
  const defaults = {
    basis: targets.basis,
    thresholdPoints: String(targets.thresholdPoints),
    shares: Object.fromEntries(
      portfolioDimensions.map((dimension) => [
        dimension,
        Object.fromEntries(
          Object.entries(targets.shares[dimension] ?? {}).map(([value, share]) => [
            value,
            String(share),
          ]),
        ),
      ]),
    ),
  };
  const [form, fields] = useAdminForm(portfolioTargetsSchema, "targets", actionData, defaults);
  const values: Record<PortfolioDimension, { value: string; label: string }[]> = {
    axis: config.axes.map((axis) => ({ value: axis.code, label: axis.label })),
    region: portfolioRegions.map((region) => ({ value: region, label: region })),
    level: config.levels.map((level) => ({ value: level.kind, label: level.label })),
    size: portfolioSizeBands.map((band) => ({
      value: band,
      label: t(`committees.portfolio.size.${band}`),
    })),
  };
  const shares = fields.shares.getFieldset();
  const shareFields = portfolioDimensions.flatMap((dimension) => {
    const set = shares[dimension].getFieldset();
    return values[dimension].flatMap((entry) => {
      const field = set[entry.value];
      return field ? [{ dimension, ...entry, field }] : [];
    });
  });
  const errors = summaryErrors(form.errors, [
    { field: fields.basis, label: t("programs.admin.targets.basis") },
    { field: fields.thresholdPoints, label: t("programs.admin.targets.threshold") },
    ...shareFields.map((entry) => ({
      field: entry.field,
      label: `${t(dimensionKeys[entry.dimension])} – ${entry.label}`,
    })),
  ]);
  return (
    <>
      <FlashNotice target="targets" />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={JSON.stringify(targets)}>
        <FormIdentity intent="targets" formId="targets" />
        <ChoiceGroup
          id={fields.basis.id}
          type="radio"
          name={fields.basis.name}
          legend={t("programs.admin.targets.basis")}
          errors={fields.basis.errors}
          defaultValue={fields.basis.initialValue as string | undefined}
          options={[
            { value: "count", label: t("programs.admin.targets.basis.count") },
            { value: "amount", label: t("programs.admin.targets.basis.amount") },
          ]}
        />
        <Field
          id={fields.thresholdPoints.id}
          label={t("programs.admin.targets.threshold")}
          hint={t("programs.admin.targets.thresholdHint")}
          errors={fields.thresholdPoints.errors}
          inputProps={{
            ...getInputProps(fields.thresholdPoints, { type: "text" }),
            inputMode: "numeric",
            required: true,
          }}
        />
        {portfolioDimensions.map((dimension) =>
          values[dimension].length === 0 ? null : (
            <fieldset key={dimension} className="targets-fieldset">
              <legend>{t(dimensionKeys[dimension])}</legend>
              <div className="targets-grid">
                {shareFields
                  .filter((entry) => entry.dimension === dimension)
                  .map((entry) => (
                    <Field
                      key={entry.value}
                      id={entry.field.id}
                      label={t("programs.admin.targets.share", { label: entry.label })}
                      errors={entry.field.errors}
                      inputProps={{
                        ...getInputProps(entry.field, { type: "text" }),
                        inputMode: "numeric",
                      }}
                    />
                  ))}
              </div>
            </fieldset>
          ),
        )}
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
      <h3>{t("programs.admin.targets.title")}</h3>
      <p>{t("programs.admin.targets.intro")}</p>
      <TargetsForm config={config} actionData={actionData} />
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
