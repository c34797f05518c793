/** The admin list of programmes, with the form that creates one. */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
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
        // Stacked per row on a 320 px screen rather than scrolled sideways (~/ui/stacked-table).
        <table
          className="table table-stacked"
          aria-label={t("programs.admin.list.title")}
          {...r.table}
        >
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("programs.admin.field.name")}</th>
              <th {...r.columnheader}>{t("programs.admin.field.slug")}</th>
              <th {...r.columnheader}>{t("programs.admin.field.status")}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {programmes.map((programme) => (
              <tr key={programme.id} {...r.row}>
                <td {...r.cell}>
                  <StackedLabel>{t("programs.admin.field.name")}</StackedLabel>
                  <Link to={adminPath(programme.slug)}>{programme.name}</Link>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{t("programs.admin.field.slug")}</StackedLabel>
                  {programme.slug}
                </td>
                <td {...r.cell}>
                  <StackedLabel>{t("programs.admin.field.status")}</StackedLabel>
                  {t(`programs.status.${programme.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
