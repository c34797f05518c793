/** Admin: a programme's general information (name, description, status, dates, target) and history. */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { AuditActionOf } from "~/platform/audit-actions";
import { formatShortDateTime } from "~/platform/format/dates";
import { ChoiceGroup, TextareaField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import { programmeInfoSchema } from "../../programs.schema";
import type { ProgrammeHistoryEntry } from "../../queries.server";
import { type ProgrammeConfig, programmeStatuses } from "../../types";
import { FormIdentity } from "./hidden";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

/** The general-information form and the programme's latest changes. */
export function InfoPage({
  config,
  history,
  actionData,
}: {
  config: ProgrammeConfig;
  history: readonly ProgrammeHistoryEntry[];
  actionData: AdminActionData;
}) {
  const t = useT();
  const locale = useLocale();
  const defaults = {
    name: config.name,
    description: config.description,
    status: config.status,
    startsOn: config.startsOn ?? "",
    endsOn: config.endsOn ?? "",
    targetSupportedCount: config.targetSupportedCount?.toString() ?? "",
  };
  const [form, fields] = useAdminForm(programmeInfoSchema, "info", actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.name, label: t("programs.admin.field.name") },
    { field: fields.description, label: t("programs.admin.field.description") },
    { field: fields.status, label: t("programs.admin.field.status") },
    { field: fields.startsOn, label: t("programs.admin.field.startsOn") },
    { field: fields.endsOn, label: t("programs.admin.field.endsOn") },
    { field: fields.targetSupportedCount, label: t("programs.admin.field.target") },
  ]);
  return (
    <>
      <h2>{t("programs.admin.section.info")}</h2>
      <p>
        <Link to={`/programmes/${encodeURIComponent(config.slug)}`}>
          {t("programs.admin.info.publicPage")}
        </Link>
      </p>
      <FlashNotice target="info" />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={JSON.stringify(defaults)}>
        <FormIdentity intent="info" formId="info" />
        <Field
          id={fields.name.id}
          label={t("programs.admin.field.name")}
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), required: true }}
        />
        <TextareaField
          id={fields.description.id}
          label={t("programs.admin.field.description")}
          hint={t("programs.admin.field.descriptionHint")}
          errors={fields.description.errors}
          textareaProps={{
            name: fields.description.name,
            defaultValue: fields.description.initialValue as string | undefined,
            rows: 6,
          }}
        />
        <ChoiceGroup
          id={fields.status.id}
          type="radio"
          name={fields.status.name}
          legend={t("programs.admin.field.status")}
          errors={fields.status.errors}
          defaultValue={fields.status.initialValue as string | undefined}
          options={programmeStatuses.map((status) => ({
            value: status,
            label: t(`programs.status.${status}`),
            hint: t(`programs.status.${status}.hint`),
          }))}
        />
        <Field
          id={fields.startsOn.id}
          label={t("programs.admin.field.startsOn")}
          hint={t("programs.admin.field.dateHint")}
          errors={fields.startsOn.errors}
          inputProps={getInputProps(fields.startsOn, { type: "text" })}
        />
        <Field
          id={fields.endsOn.id}
          label={t("programs.admin.field.endsOn")}
          hint={t("programs.admin.field.dateHint")}
          errors={fields.endsOn.errors}
          inputProps={getInputProps(fields.endsOn, { type: "text" })}
        />
        <Field
          id={fields.targetSupportedCount.id}
          label={t("programs.admin.field.target")}
          hint={t("programs.admin.field.targetHint")}
          errors={fields.targetSupportedCount.errors}
          inputProps={{
            ...getInputProps(fields.targetSupportedCount, { type: "text" }),
            inputMode: "numeric",
          }}
        />
        <button type="submit" className="button">
          {t("programs.admin.save")}
        </button>
      </Form>

      <h2 id="history-title">{t("programs.admin.history.title")}</h2>
      {history.length === 0 ? (
        <p className="empty-state">{t("programs.admin.history.empty")}</p>
      ) : (
        // Stacked per row on a 320 px screen rather than scrolled sideways (~/ui/stacked-table).
        <table className="table table-stacked" aria-labelledby="history-title" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("programs.admin.history.when")}</th>
              <th {...r.columnheader}>{t("programs.admin.history.who")}</th>
              <th {...r.columnheader}>{t("programs.admin.history.what")}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {history.map((entry) => (
              <tr key={`${entry.occurredAt}${entry.action}`} {...r.row}>
                <td {...r.cell}>
                  <StackedLabel>{t("programs.admin.history.when")}</StackedLabel>
                  {formatShortDateTime(entry.occurredAt, locale)}
                </td>
                <td {...r.cell}>
                  <StackedLabel>{t("programs.admin.history.who")}</StackedLabel>
                  {entry.actorName ?? t("programs.admin.history.system")}
                </td>
                <td {...r.cell}>
                  <StackedLabel>{t("programs.admin.history.what")}</StackedLabel>
                  {historyLabel(t, entry.action)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The catalogue label of each programme audit action (rows of other names show the raw name). */
const historyKeys = {
  "programme.created": "programs.history.create",
  "programme.seeded": "programs.history.seed",
  "programme.info_updated": "programs.history.update_info",
  "programme.level_added": "programs.history.add_level",
  "programme.level_updated": "programs.history.update_level",
  "programme.level_removed": "programs.history.remove_level",
  "programme.axis_added": "programs.history.add_axis",
  "programme.axis_renamed": "programs.history.rename_axis",
  "programme.axis_removed": "programs.history.remove_axis",
  "programme.eligibility_updated": "programs.history.update_eligibility",
  "programme.antenna_added": "programs.history.add_antenna",
  "programme.antenna_updated": "programs.history.update_antenna",
  "programme.antenna_removed": "programs.history.remove_antenna",
  "programme.capacity_updated": "programs.history.update_capacity",
  "programme.envelope_added": "programs.history.add_envelope",
  "programme.envelope_updated": "programs.history.update_envelope",
  "programme.envelope_removed": "programs.history.remove_envelope",
  "programme.committee_cadence_updated": "programs.history.update_committee_cadence",
  "programme.portfolio_targets_updated": "programs.history.update_portfolio_targets",
  "programme.rediagnostic_months_updated": "programs.history.update_rediagnostic_months",
  "programme.criterion_added": "programs.history.add_criterion",
  "programme.criterion_updated": "programs.history.update_criterion",
  "programme.criterion_removed": "programs.history.remove_criterion",
} as const satisfies Record<AuditActionOf<"programme">, string>;

function historyLabel(t: ReturnType<typeof useT>, action: string): string {
  return Object.hasOwn(historyKeys, action)
    ? t(historyKeys[action as keyof typeof historyKeys])
    : action;
}
