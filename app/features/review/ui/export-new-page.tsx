/**
 * /instruction/exports/nouvelle?<inbox query>: what the file will hold (the list's filters and
 * its row count), the columns to write (the saved choice checked) and the format, then
 * "Lancer l'export". A plain form: works without JavaScript.
 */

import type { SubmissionResult } from "@conform-to/react";
import { Form, Link } from "react-router";
import { ChoiceGroup } from "~/ui/controls";
import { ErrorSummary, type SummaryError } from "~/ui/error-summary";
import { useT } from "~/ui/i18n";
import { type ExportColumnId, type ExportFormat, exportColumnIds } from "../export-columns";
import type { InboxFilters } from "../inbox-filters";
import { ExportFiltersSummary, type FilterNames } from "./export-filters-summary";

/** What the action answers when the form must be corrected. */
export type ExportNewReply = { formId: string; result: SubmissionResult<string[]> };

export type ExportNewPageData = {
  /** The inbox's query string (no cursor), to post back and to return to the list. */
  search: string;
  filters: InboxFilters;
  names: FilterNames;
  ignored: boolean;
  count: number;
  columns: ExportColumnId[];
  format: ExportFormat;
};

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === "string",
  );
}

export function ExportNewPage({
  data,
  reply,
}: {
  data: ExportNewPageData;
  reply: ExportNewReply | null;
}) {
  const t = useT();
  const query = data.search ? `?${data.search}` : "";
  const errors = reply?.result.error ?? {};
  const columnErrors = errors.columns ?? undefined;
  const formatErrors = errors.format ?? undefined;
  const formErrors = errors[""] ?? undefined;
  const sent = reply?.result.initialValue;
  const checkedColumns = sent ? asList(sent.columns) : data.columns;
  const checkedFormat = sent ? (asList(sent.format)[0] ?? data.format) : data.format;
  const summary: SummaryError[] = [
    ...(formErrors ?? []).map((message) => ({ message })),
    ...(columnErrors ?? []).map((message) => ({
      fieldId: "export-columns",
      label: t("review.export.new.columnsLegend"),
      message,
    })),
    ...(formatErrors ?? []).map((message) => ({
      fieldId: "export-format",
      label: t("review.export.new.formatLegend"),
      message,
    })),
  ];
  return (
    <>
      <title>{`${t("review.export.new.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to={`/instruction${query}`}>{t("review.export.new.back")}</Link>
      </p>
      <h1>{t("review.export.new.title")}</h1>
      <p>{t("review.export.new.intro")}</p>
      <section aria-labelledby="export-filters-heading">
        <h2 id="export-filters-heading">{t("review.export.new.filtersHeading")}</h2>
        <ExportFiltersSummary filters={data.filters} names={data.names} />
        {data.ignored ? <p className="field-hint">{t("review.export.new.ignored")}</p> : null}
        <p>
          <strong>{t("review.export.new.count", { count: data.count })}</strong>
        </p>
        {data.count === 0 ? (
          <p className="empty-state">{t("review.export.new.countEmpty")}</p>
        ) : null}
      </section>
      <Form method="post" action={`/instruction/exports/nouvelle${query}`} className="form">
        <ErrorSummary errors={summary} />
        <ChoiceGroup
          type="checkbox"
          id="export-columns"
          name="columns"
          legend={t("review.export.new.columnsLegend")}
          hint={t("review.export.new.columnsHint")}
          errors={columnErrors}
          required
          options={exportColumnIds.map((id) => ({
            value: id,
            label: t(`review.export.column.${id}`),
          }))}
          defaultValue={checkedColumns}
        />
        <ChoiceGroup
          type="radio"
          id="export-format"
          name="format"
          legend={t("review.export.new.formatLegend")}
          errors={formatErrors}
          required
          options={[
            {
              value: "xlsx",
              label: t("review.export.new.formatXlsx"),
              hint: t("review.export.new.formatXlsxHint"),
            },
            {
              value: "csv",
              label: t("review.export.new.formatCsv"),
              hint: t("review.export.new.formatCsvHint"),
            },
          ]}
          defaultValue={checkedFormat}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("review.export.new.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}
