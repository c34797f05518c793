/** The admin list of programmes, with the form that creates one. */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { createProgrammeSchema } from "../../programs.schema";
import type { ProgrammeSummary } from "../../types";
import { FormIdentity } from "./hidden";
import { adminPath } from "./section-nav";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

/** The page: programmes in a table, then "create a programme". */
export function ProgrammeList({
  programmes,
  actionData,
}: {
  programmes: readonly ProgrammeSummary[];
  actionData: AdminActionData;
}) {
  const t = useT();
  const [form, fields] = useAdminForm(createProgrammeSchema, "create", actionData);
  const errors = summaryErrors(form.errors, [
    { field: fields.name, label: t("programs.admin.field.name") },
    { field: fields.slug, label: t("programs.admin.field.slug") },
  ]);
  return (
    <>
      <title>{`${t("programs.admin.list.title")} – Digit'ESS`}</title>
      <h1>{t("programs.admin.list.title")}</h1>
      {programmes.length === 0 ? (
        <p className="empty-state">{t("programs.admin.list.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("programs.admin.field.name")}</th>
                <th scope="col">{t("programs.admin.field.slug")}</th>
                <th scope="col">{t("programs.admin.field.status")}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((programme) => (
                <tr key={programme.id}>
                  <td>
                    <Link to={adminPath(programme.slug)}>{programme.name}</Link>
                  </td>
                  <td>{programme.slug}</td>
                  <td>{t(`programs.status.${programme.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("programs.admin.list.create")}</h2>
      <p>{t("programs.admin.list.createIntro")}</p>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormIdentity intent="create" formId="create" />
        <Field
          id={fields.name.id}
          label={t("programs.admin.field.name")}
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), required: true }}
        />
        <Field
          id={fields.slug.id}
          label={t("programs.admin.field.slug")}
          hint={t("programs.admin.field.slugHint")}
          errors={fields.slug.errors}
          inputProps={{
            ...getInputProps(fields.slug, { type: "text" }),
            required: true,
            autoComplete: "off",
          }}
        />
        <button type="submit" className="button">
          {t("programs.admin.list.createSubmit")}
        </button>
      </Form>
    </>
  );
}
