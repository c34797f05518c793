/**
 * The review inbox (/instruction): counts per status, one GET form of filters, search and sort
 * (plain HTML, usable without JavaScript and by keyboard in reading order), the table of
 * applications (stacked per row on a 320 px screen, ~/ui/stacked-table), the keyset pagination
 * links and the export link of the same list. Empty states tell apart an empty scope from
 * filters that match nothing.
 */

import { formatInteger } from "~/platform/format/numbers";
import type { Locale } from "~/platform/i18n/types";
import { useLocale, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { InboxPageData, InboxRow } from "../inbox-page.server";
import { InboxFiltersForm } from "./inbox-filters-form";

export function InboxPage({ data }: { data: InboxPageData }) {
  const t = useT();
  return (
    <>
      <title>{`${t("area.review.title")} – Digit'ESS`}</title>
      <h1>{t("area.review.title")}</h1>
      <p>{t("review.inbox.intro")}</p>
      {data.parsed.errors.length > 0 ? (
        <Notice>
          <ul className="inbox-ignored">
            {[...new Set(data.parsed.errors)].map((name) => (
              <li key={name}>
                {t("review.inbox.ignored", { name: t(`review.inbox.param.${name}`) })}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {data.scopeEmpty ? (
        <p className="empty-state">{t("review.inbox.emptyScope")}</p>
      ) : (
        <>
          <InboxCounts data={data} />
          <InboxFiltersForm data={data} />
          <InboxResults data={data} />
        </>
      )}
    </>
  );
}

function InboxCounts({ data }: { data: InboxPageData }) {
  const t = useT();
  const { counts } = data;
  const selected = data.parsed.filters.statuses;
  const only = selected.length === 1 ? selected[0] : null;
  return (
    <nav aria-labelledby="inbox-counts-heading" className="inbox-counts">
      <h2 id="inbox-counts-heading">{t("review.inbox.countsHeading")}</h2>
      <ul>
        <li>
          <a href={counts.links.all} aria-current={selected.length === 0 ? "page" : undefined}>
            {t("review.inbox.countValue", {
              label: t("review.inbox.countAll"),
              count: counts.total,
            })}
          </a>
        </li>
        {counts.states
          .filter((entry) => entry.count > 0 || entry.selected)
          .map((entry) => (
            <li key={entry.state}>
              <a
                href={counts.links.byState[entry.state]}
                aria-current={only === entry.state ? "page" : undefined}
              >
                {t("review.inbox.countValue", {
                  label: t(`applications.state.${entry.state}`),
                  count: entry.count,
                })}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function resultsLabel(t: ReturnType<typeof useT>, count: number, locale: Locale): string {
  if (count === 0) return t("review.inbox.resultsNone");
  if (count === 1) return t("review.inbox.resultsOne");
  return t("review.inbox.resultsMany", { count: formatInteger(count, locale) });
}

function InboxResults({ data }: { data: InboxPageData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="inbox-results-heading">
      <h2 id="inbox-results-heading">
        {t("review.inbox.resultsHeading")}{" "}
        <span className="inbox-results-count">
          ({resultsLabel(t, data.counts.matching, locale)})
        </span>
      </h2>
      {data.rows.length === 0 ? (
        <div className="empty-state">
          <p>{t("review.inbox.emptyFiltered")}</p>
          <p className="inbox-empty-actions">
            <a href={data.links.clear}>{t("review.inbox.clear")}</a>
          </p>
        </div>
      ) : (
        <>
          <p className="actions">
            <a className="button button-secondary button-small" href={data.links.export}>
              {t("review.inbox.export")}
            </a>
          </p>
          <InboxTable rows={data.rows} />
        </>
      )}
      {data.links.next || data.links.first ? (
        <nav aria-label={t("review.inbox.pagination")} className="inbox-pagination">
          {data.links.first ? <a href={data.links.first}>{t("review.inbox.first")}</a> : null}
          {data.links.next ? (
            <a href={data.links.next} rel="next">
              {t("review.inbox.next")}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

function InboxTable({ rows }: { rows: InboxRow[] }) {
  const t = useT();
  const label = {
    organization: t("review.inbox.column.organization"),
    departement: t("review.inbox.column.departement"),
    antenna: t("review.inbox.column.antenna"),
    levels: t("review.inbox.column.levels"),
    status: t("review.inbox.column.status"),
    age: t("review.inbox.column.age"),
    assignee: t("review.inbox.column.assignee"),
  };
  return (
    <table
      className="table table-stacked inbox-table"
      aria-labelledby="inbox-results-heading"
      {...r.table}
    >
      <thead {...r.rowgroup}>
        <tr {...r.row}>
          <th {...r.columnheader}>{t("review.inbox.column.number")}</th>
          <th {...r.columnheader}>{label.organization}</th>
          <th {...r.columnheader}>{label.departement}</th>
          <th {...r.columnheader}>{label.antenna}</th>
          <th {...r.columnheader}>{label.levels}</th>
          <th {...r.columnheader}>{label.status}</th>
          <th {...r.columnheader}>{label.age}</th>
          <th {...r.columnheader}>{label.assignee}</th>
        </tr>
      </thead>
      <tbody {...r.rowgroup}>
        {rows.map((row) => (
          <tr key={row.id} {...r.row} className={row.unread ? "inbox-row-unread" : undefined}>
            <th {...r.rowheader}>
              <a href={`/instruction/candidatures/${row.id}`}>{row.number}</a>
              {row.unread ? (
                <span className="inbox-mark inbox-mark-unread">{t("review.inbox.unreadMark")}</span>
              ) : null}
            </th>
            <td {...r.cell}>
              <StackedLabel>{label.organization}</StackedLabel>
              <span>
                {row.organizationName}
                {row.flagged ? (
                  <span className="inbox-mark inbox-mark-flagged">
                    {t("review.inbox.flaggedMark")}
                  </span>
                ) : null}
              </span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{label.departement}</StackedLabel>
              <span>{row.departement ?? t("review.inbox.noDepartement")}</span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{label.antenna}</StackedLabel>
              <span>{row.antennaName ?? t("review.inbox.antennaNone")}</span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{label.levels}</StackedLabel>
              <span>
                {row.levels.length === 0
                  ? t("review.inbox.noLevel")
                  : row.levels.map((level) => t(`review.inbox.level.${level}`)).join(", ")}
              </span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{label.status}</StackedLabel>
              <span>{t(`applications.state.${row.state}`)}</span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{label.age}</StackedLabel>
              <AgeCell row={row} />
            </td>
            <td {...r.cell}>
              <StackedLabel>{label.assignee}</StackedLabel>
              <span>{row.assigneeName ?? t("review.inbox.noAssignee")}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AgeCell({ row }: { row: InboxRow }) {
  const t = useT();
  const { days, overdue, waitingOn } = row.age;
  const age =
    days === 0
      ? t("review.inbox.ageToday")
      : days === 1
        ? t("review.inbox.ageOne")
        : t("review.inbox.ageMany", { days });
  return (
    <span className={overdue ? "inbox-age inbox-age-overdue" : "inbox-age"}>
      {overdue ? (
        <span className="inbox-warning" aria-hidden="true">
          ⚠{" "}
        </span>
      ) : null}
      {age}
      {overdue ? (
        <span className="inbox-age-note">
          {t("review.inbox.overdue", { limit: row.alertDays })}
        </span>
      ) : waitingOn === "applicant" ? (
        <span className="inbox-age-note">{t("review.inbox.waitingApplicant")}</span>
      ) : null}
    </span>
  );
}
