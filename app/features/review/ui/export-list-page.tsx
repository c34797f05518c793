// /instruction/exports: the user's recent exports, newest first, each linking to its page.
import { Link } from "react-router";
import { formatShortDateTime } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { ExportFormat } from "../export-columns";
import type { ExportStatus } from "../export-queries.server";

export type ExportListItem = {
  id: string;
  format: ExportFormat;
  status: ExportStatus;
  totalRows: number | null;
  writtenRows: number;
  createdAt: string;
};

export function ExportListPage({ items }: { items: ExportListItem[] }) {
  const t = useT();
  const locale = useLocale();
  const format = t("review.export.list.format");
  const rows = t("review.export.list.rows");
  const state = t("review.export.list.state");
  return (
    <>
      <title>{`${t("review.export.list.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/instruction">{t("review.export.list.inbox")}</Link>
      </p>
      <h1 id="exports-heading">{t("review.export.list.title")}</h1>
      {items.length === 0 ? (
        <p className="empty-state">{t("review.export.list.empty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="exports-heading" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("review.export.list.date")}</th>
              <th {...r.columnheader}>{format}</th>
              <th {...r.columnheader}>{rows}</th>
              <th {...r.columnheader}>{state}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {items.map((item) => {
              const date = formatShortDateTime(item.createdAt, locale);
              return (
                <tr key={item.id} {...r.row}>
                  <th {...r.rowheader}>
                    <Link
                      to={`/instruction/exports/${item.id}`}
                      aria-label={t("review.export.list.open", { date })}
                    >
                      {date}
                    </Link>
                  </th>
                  <td {...r.cell}>
                    <StackedLabel>{format}</StackedLabel>
                    <span>{item.format.toUpperCase()}</span>
                  </td>
                  <td {...r.cell}>
                    <StackedLabel>{rows}</StackedLabel>
                    <span>
                      {item.status === "done"
                        ? item.writtenRows
                        : (item.totalRows ?? item.writtenRows)}
                    </span>
                  </td>
                  <td {...r.cell}>
                    <StackedLabel>{state}</StackedLabel>
                    <span>{t(`review.export.state.${item.status}`)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
