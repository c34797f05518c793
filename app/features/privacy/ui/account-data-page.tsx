/**
 * /compte/donnees: the privacy section of the account. Ask for the archive of one's data (a job
 * writes it; the page refreshes itself every 3 seconds while it runs, with or without
 * JavaScript), download it until it expires, and the way to delete the account.
 */
import { Form, Link } from "react-router";
import { formatBytes } from "~/features/applications";
import { formatDateTime, formatDay } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { RefreshWhile } from "~/ui/refresh-while";
import { StackedLabel, stackedRoles } from "~/ui/stacked-table";
import type { PersonalExportStatus } from "../queries.server";

export type AccountDataPageData = {
  exportDays: number;
  exports: {
    id: string;
    status: PersonalExportStatus;
    writtenRows: number;
    totalRows: number | null;
    sizeBytes: number | null;
    createdAt: string;
    availableUntil: string;
  }[];
};

export function AccountDataPage({ data }: { data: AccountDataPageData }) {
  const t = useT();
  const locale = useLocale();
  const running = data.exports.some((e) => e.status === "pending" || e.status === "running");
  return (
    <>
      <title>{`${t("privacy.account.title")} – Digit'ESS`}</title>
      <RefreshWhile running={running} seconds={3} />
      <h1>{t("privacy.account.title")}</h1>
      <p>{t("privacy.account.intro")}</p>
      <p>
        <Link to="/donnees-personnelles">{t("privacy.account.policyLink")}</Link>
      </p>

      <section aria-labelledby="export-heading" id="export">
        <h2 id="export-heading">{t("privacy.export.title")}</h2>
        <FlashNotice target="export" />
        <p>
          {t("privacy.export.body", {
            days: data.exportDays,
          })}
        </p>
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="export" />
          <div className="actions">
            <button type="submit" className="button">
              {t("privacy.export.request")}
            </button>
          </div>
        </Form>
        {data.exports.length === 0 ? (
          <p className="empty-state">{t("privacy.export.empty")}</p>
        ) : (
          <table className="table-stacked" {...stackedRoles.table}>
            <caption>{t("privacy.export.listCaption")}</caption>
            <thead {...stackedRoles.rowgroup}>
              <tr {...stackedRoles.row}>
                <th {...stackedRoles.columnheader}>{t("privacy.export.column.requested")}</th>
                <th {...stackedRoles.columnheader}>{t("privacy.export.column.state")}</th>
                <th {...stackedRoles.columnheader}>{t("privacy.export.column.file")}</th>
              </tr>
            </thead>
            <tbody {...stackedRoles.rowgroup}>
              {data.exports.map((item) => (
                <tr key={item.id} {...stackedRoles.row}>
                  <th {...stackedRoles.rowheader}>
                    <StackedLabel>{t("privacy.export.column.requested")}</StackedLabel>
                    {formatDateTime(item.createdAt, locale)}
                  </th>
                  <td {...stackedRoles.cell}>
                    <StackedLabel>{t("privacy.export.column.state")}</StackedLabel>
                    {t(`privacy.export.state.${item.status}`, {
                      written: item.writtenRows,
                      total: Math.max(item.totalRows ?? 0, item.writtenRows),
                    })}
                  </td>
                  <td {...stackedRoles.cell}>
                    <StackedLabel>{t("privacy.export.column.file")}</StackedLabel>
                    {item.status === "done" && item.sizeBytes !== null ? (
                      <>
                        <a href={`/compte/donnees/fichiers/${item.id}`} download>
                          {t("privacy.export.download", {
                            size: formatBytes(item.sizeBytes, locale),
                          })}
                        </a>
                        <br />
                        <span className="field-hint">
                          {t("privacy.export.availableUntil", {
                            date: formatDay(item.availableUntil, locale),
                          })}
                        </span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {running ? (
          <p className="field-hint">
            {t("privacy.export.refresh")}{" "}
            <Link to="/compte/donnees">{t("privacy.export.reload")}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t("privacy.deleteSection.title")}</h2>
        <p>{t("privacy.deleteSection.body")}</p>
        <p>
          <Link to="/compte/suppression" className="button button-secondary">
            {t("privacy.deleteSection.link")}
          </Link>
        </p>
      </section>
    </>
  );
}
