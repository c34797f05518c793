/** Admin: the priority axes of a programme (code and French label). */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "react-router";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { addAxisSchema, editAxisSchema, removeAxisSchema } from "../../programs.schema";
import type { ProgrammeAxis, ProgrammeConfig } from "../../types";
import { FormIdentity } from "./hidden";
import { RemoveButton } from "./remove-button";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

type PageProps = { config: ProgrammeConfig; actionData: AdminActionData };

function EditAxisForm({ axis, actionData }: { axis: ProgrammeAxis; actionData: AdminActionData }) {
  const t = useT();
  const formId = `axis-${axis.code}`;
  const defaults = { label: axis.label };
  const [form, fields] = useAdminForm(editAxisSchema, formId, actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.label, label: t("programs.admin.field.label") },
  ]);
  return (
    <>
      <FlashNotice target={formId} />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={axis.label}>
        <FormIdentity intent="editAxis" formId={formId} />
        <input type="hidden" name="axisId" value={axis.id} />
        <Field
          id={fields.label.id}
          label={t("programs.admin.field.label")}
          errors={fields.label.errors}
          inputProps={{ ...getInputProps(fields.label, { type: "text" }), required: true }}
        />
        <button type="submit" className="button">
          {t("programs.admin.save")}
        </button>
      </Form>
    </>
  );
}

function AddAxisForm({ actionData }: { actionData: AdminActionData }) {
  const t = useT();
  const [form, fields] = useAdminForm(addAxisSchema, "add-axis", actionData);
  const errors = summaryErrors(form.errors, [
    { field: fields.code, label: t("programs.admin.axis.code") },
    { field: fields.label, label: t("programs.admin.field.label") },
  ]);
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormIdentity intent="addAxis" formId="add-axis" />
        <Field
          id={fields.code.id}
          label={t("programs.admin.axis.code")}
          hint={t("programs.admin.axis.codeHint")}
          errors={fields.code.errors}
          inputProps={{
            ...getInputProps(fields.code, { type: "text" }),
            required: true,
            autoComplete: "off",
          }}
        />
        <Field
          id={fields.label.id}
          label={t("programs.admin.field.label")}
          errors={fields.label.errors}
          inputProps={{ ...getInputProps(fields.label, { type: "text" }), required: true }}
        />
        <button type="submit" className="button">
          {t("programs.admin.axis.add")}
        </button>
      </Form>
    </>
  );
}

/** The page: one card per axis (rename, remove), then "add an axis". */
export function AxesPage({ config, actionData }: PageProps) {
  const t = useT();
  return (
    <>
      <h2>{t("programs.admin.section.axes")}</h2>
      <p>{t("programs.admin.axes.intro")}</p>
      {config.axes.length === 0 ? (
        <p className="empty-state">{t("programs.admin.axes.empty")}</p>
      ) : null}
      {config.axes.map((axis) => (
        <section key={axis.id} className="admin-card" aria-labelledby={`axe-${axis.code}`}>
          <h3 id={`axe-${axis.code}`}>
            {axis.label} <span className="code">({axis.code})</span>
          </h3>
          <EditAxisForm axis={axis} actionData={actionData} />
          <RemoveButton
            schema={removeAxisSchema}
            intent="removeAxis"
            formId={`remove-axis-${axis.code}`}
            idField="axisId"
            idValue={axis.id}
            label={t("programs.admin.axis.remove", { label: axis.label })}
            actionData={actionData}
          />
        </section>
      ))}
      <section className="admin-card" aria-labelledby="ajouter-axe">
        <h3 id="ajouter-axe">{t("programs.admin.axis.addTitle")}</h3>
        <AddAxisForm key={config.axes.length} actionData={actionData} />
      </section>
    </>
  );
}
