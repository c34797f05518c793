/** Admin: the funders of a programme and their budget envelopes (co-funding). */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "react-router";
import { centsToInput, formatEuros } from "~/platform/format/money";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { addEnvelopeSchema, editEnvelopeSchema, removeEnvelopeSchema } from "../../programs.schema";
import type { FundingEnvelope, ProgrammeConfig } from "../../types";
import { FormIdentity } from "./hidden";
import { RemoveButton } from "./remove-button";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

function EnvelopeForm({
  envelope,
  actionData,
}: {
  envelope: FundingEnvelope;
  actionData: AdminActionData;
}) {
  const t = useT();
  const formId = `envelope-${envelope.id}`;
  const defaults = { amount: centsToInput(envelope.amountCents) };
  const [form, fields] = useAdminForm(editEnvelopeSchema, formId, actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.amount, label: t("programs.admin.envelope.amount") },
  ]);
  return (
    <>
      <FlashNotice target={formId} />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={defaults.amount}>
        <FormIdentity intent="editEnvelope" formId={formId} />
        <input type="hidden" name="envelopeId" value={envelope.id} />
        <Field
          id={fields.amount.id}
          label={t("programs.admin.envelope.amount")}
          hint={t("programs.admin.envelope.amountHint")}
          errors={fields.amount.errors}
          inputProps={{
            ...getInputProps(fields.amount, { type: "text" }),
            inputMode: "decimal",
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

function AddEnvelopeForm({
  funderNames,
  actionData,
}: {
  funderNames: readonly string[];
  actionData: AdminActionData;
}) {
  const t = useT();
  const [form, fields] = useAdminForm(addEnvelopeSchema, "add-envelope", actionData);
  const errors = summaryErrors(form.errors, [
    { field: fields.funderName, label: t("programs.admin.envelope.funder") },
    { field: fields.amount, label: t("programs.admin.envelope.amount") },
  ]);
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormIdentity intent="addEnvelope" formId="add-envelope" />
        <Field
          id={fields.funderName.id}
          label={t("programs.admin.envelope.funder")}
          hint={t("programs.admin.envelope.funderHint")}
          errors={fields.funderName.errors}
          inputProps={{
            ...getInputProps(fields.funderName, { type: "text" }),
            list: "financeurs-connus",
            required: true,
            autoComplete: "off",
          }}
        />
        <datalist id="financeurs-connus">
          {funderNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Field
          id={fields.amount.id}
          label={t("programs.admin.envelope.amount")}
          hint={t("programs.admin.envelope.amountHint")}
          errors={fields.amount.errors}
          inputProps={{
            ...getInputProps(fields.amount, { type: "text" }),
            inputMode: "decimal",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {t("programs.admin.envelope.add")}
        </button>
      </Form>
    </>
  );
}

/** The page: the total, one card per envelope, then "add a funder". */
export function FundersPage({
  config,
  funderNames,
  actionData,
}: {
  config: ProgrammeConfig;
  funderNames: readonly string[];
  actionData: AdminActionData;
}) {
  const t = useT();
  const locale = useLocale();
  const total = config.envelopes.reduce((sum, envelope) => sum + envelope.amountCents, 0);
  return (
    <>
      <h2>{t("programs.admin.section.funders")}</h2>
      <p>{t("programs.admin.funders.intro")}</p>
      {config.envelopes.length === 0 ? (
        <p className="empty-state">{t("programs.admin.funders.empty")}</p>
      ) : (
        <p>
          {t("programs.admin.funders.total", {
            amount: formatEuros(total, locale),
            count: config.envelopes.length,
          })}
        </p>
      )}
      {config.envelopes.map((envelope) => (
        <section key={envelope.id} className="admin-card" aria-labelledby={`env-${envelope.id}`}>
          <h3 id={`env-${envelope.id}`}>{envelope.funderName}</h3>
          <EnvelopeForm envelope={envelope} actionData={actionData} />
          <RemoveButton
            schema={removeEnvelopeSchema}
            intent="removeEnvelope"
            formId={`remove-envelope-${envelope.id}`}
            idField="envelopeId"
            idValue={envelope.id}
            label={t("programs.admin.envelope.remove", { name: envelope.funderName })}
            actionData={actionData}
          />
        </section>
      ))}
      <section className="admin-card" aria-labelledby="ajouter-financeur">
        <h3 id="ajouter-financeur">{t("programs.admin.envelope.addTitle")}</h3>
        <AddEnvelopeForm
          key={config.envelopes.length}
          funderNames={funderNames}
          actionData={actionData}
        />
      </section>
    </>
  );
}
