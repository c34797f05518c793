/**
 * /instruction/exports/:id: the progress of an export (rows written out of the total, percent),
 * refreshed every 2 seconds while it runs (`RefreshWhile`: with or without JavaScript), then
 * the link to download the file, or the failure.
 */
import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { formatPercent } from "~/platform/format/money";
import { useLocale, useT } from "~/ui/i18n";
import { RefreshWhile } from "~/ui/refresh-while";
import type { ExportColumnId, ExportFormat } from "../export-columns";
import type { ExportStatus } from "../export-queries.server";
import { sizeParts } from "./export-size";

export type ExportStatusPageData = {
  id: string;
  format: ExportFormat;
  columns: ExportColumnId[];
  status: ExportStatus;
  totalRows: number | null;
  writtenRows: number;
  sizeBytes: number | null;
  createdAt: string;
};

/** The percent written, 0 to 100 (100 once done). */
export function percentWritten(
  data: Pick<ExportStatusPageData, "status" | "totalRows" | "writtenRows">,
) {
  if (data.status === "done") return 100;
  if (!data.totalRows) return 0;
  return Math.min(100, Math.floor((data.writtenRows / data.totalRows) * 100));
}

export function ExportStatusPage({ data }: { data: ExportStatusPageData }) {
  const t = useT();
  const locale = useLocale();
  const running = data.status === "pending" || data.status === "running";
  const percent = percentWritten(data);
  const total = Math.max(data.totalRows ?? 0, data.writtenRows);
  const title = t("review.export.status.title", { date: formatDateTime(data.createdAt, locale) });
  const size = data.sizeBytes === null ? null : sizeParts(data.sizeBytes, locale);
  return (
    <>
      <title>{`${title} – Digit'ESS`}</title>
      <RefreshWhile running={running} seconds={2} />
      <p className="step-context">
        <Link to="/instruction/exports">{t("review.export.status.all")}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("review.export.status.state", { state: t(`review.export.state.${data.status}`) })}</p>
      <p>
        {t("review.export.status.columns", {
          columns: data.columns.map((id) => t(`review.export.column.${id}`)).join(", "),
        })}
      </p>
      {data.status !== "failed" ? (
        <>
          <label htmlFor="export-progress" className="field-label">
            {t("review.export.status.progress", {
              written: data.writtenRows,
              total,
              percent: formatPercent(percent, locale),
            })}
          </label>
          <progress id="export-progress" max={100} value={percent}>
            {formatPercent(percent, locale)}
          </progress>
        </>
      ) : null}
      {running ? (
        <p className="field-hint">
          {t("review.export.status.refresh")}{" "}
          <Link to={`/instruction/exports/${data.id}`}>{t("review.export.status.reload")}</Link>
        </p>
      ) : null}
      {data.status === "done" && size ? (
        <p>
          <a className="button" href={`/instruction/exports/${data.id}/fichier`} download>
            {t("review.export.status.download", {
              format: data.format.toUpperCase(),
              size: t(`review.export.size.${size.unit}`, { size: size.size }),
            })}
          </a>
        </p>
      ) : null}
      {data.status === "failed" ? (
        <p className="empty-state" role="alert">
          {t("review.export.status.failed")}
        </p>
      ) : null}
    </>
  );
}
