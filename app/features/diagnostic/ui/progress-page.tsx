/**
 * The organisation's space for diagnostics: its diagnostics side by side with the gain per
 * dimension, the median of similar organisations (only from 10 of them), a diagnostic taken
 * before signing up waiting to be saved, and what to do when there is nothing yet.
 */
import { Form, Link } from "react-router";
import type { MessageKey } from "~/i18n";
import { formatDay } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import { diagnosticPaths } from "../links";
import type { ProgressTable } from "../progress-view";
import { TableScroll } from "./table-scroll";

/** A gain in points with its sign ("+12", "-3", "0"). */
function signOf(gain: number): string {
  return gain > 0 ? "+" : "";
}

export type MedianStatus =
  | { readonly kind: "shown"; readonly count: number; readonly bandKey: MessageKey }
  | { readonly kind: "too_few" }
  | { readonly kind: "no_band" };

export interface PendingDiagnostic {
  readonly completedAt: string;
  readonly globalScore: number;
}

export interface ProgressPageProps {
  readonly organizations: readonly { readonly id: string; readonly name: string }[];
  readonly selected: { readonly id: string; readonly name: string } | null;
  readonly table: ProgressTable | null;
  /** Title of each dimension, from the latest question bank used. */
  readonly titles: Readonly<Record<string, string>>;
  readonly median: MedianStatus;
  readonly pending: PendingDiagnostic | null;
  readonly registerHref: string;
}

/** The page. */
export function ProgressPage(props: ProgressPageProps) {
  const t = useT();
  const { selected, table } = props;
  return (
    <>
      <title>{`${t("diagnostic.space.title")} – Digit'ESS`}</title>
      <h1>{t("diagnostic.space.title")}</h1>
      <p>{t("diagnostic.space.intro")}</p>
      {props.organizations.length === 0 ? (
        <>
          <p className="empty-state">{t("diagnostic.space.noOrganization")}</p>
          <p>
            <Link to={props.registerHref} className="button">
              {t("diagnostic.result.saveCreateOrganization")}
            </Link>
          </p>
        </>
      ) : null}
      {props.pending && selected ? <PendingSection {...props} pending={props.pending} /> : null}
      {props.organizations.length > 1 && selected ? (
        <Form method="get" className="diagnostic-organization-picker">
          <label htmlFor="structure" className="field-label">
            {t("diagnostic.space.organization")}
          </label>
          <select
            id="structure"
            name="structure"
            defaultValue={selected.id}
            className="field-input"
          >
            {props.organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary">
            {t("diagnostic.space.show")}
          </button>
        </Form>
      ) : null}
      {selected && table && table.columns.length === 0 ? (
        <>
          <p className="empty-state">{t("diagnostic.space.empty")}</p>
          <p>
            <Link to={diagnosticPaths.intro} className="button">
              {t("diagnostic.space.start")}
            </Link>
          </p>
        </>
      ) : null}
      {selected && table && table.columns.length > 0 ? (
        <ProgressSection {...props} selected={selected} table={table} />
      ) : null}
    </>
  );
}

/** The side-by-side table and the list of diagnostics. */
function ProgressSection(
  props: ProgressPageProps & {
    selected: NonNullable<ProgressPageProps["selected"]>;
    table: ProgressTable;
  },
) {
  const t = useT();
  const locale = useLocale();
  const { table, median } = props;
  const compared = table.columns.length > 1;
  const showMedian = median.kind === "shown";
  const cell = (score: number | null) =>
    score === null ? t("diagnostic.space.missingScore") : String(score);
  const gainCell = (gain: number | null) =>
    gain === null
      ? t("diagnostic.space.missingScore")
      : t("diagnostic.space.gain", { sign: signOf(gain), gain });
  // The columns after the dimension's: one per diagnostic, then the gain and the median.
  const headers = [
    ...table.columns.map((column) => ({
      key: column.id,
      label: t("diagnostic.space.column", { date: formatDay(column.completedAt, locale) }),
    })),
    ...(compared ? [{ key: "gain", label: t("diagnostic.space.gainColumn") }] : []),
    ...(showMedian ? [{ key: "median", label: t("diagnostic.space.medianColumn") }] : []),
  ];
  const cellsOf = (row: ProgressTable["global"]) => [
    ...row.scores.map(cell),
    ...(compared ? [gainCell(row.gain)] : []),
    ...(showMedian ? [cell(row.median)] : []),
  ];
  return (
    <>
      {table.versionsDiffer ? <Notice>{t("diagnostic.space.versionsDiffer")}</Notice> : null}
      <TableScroll labelledBy="progress-caption">
        <table className="table table-stacked diagnostic-progress-table" {...r.table}>
          <caption id="progress-caption">
            {t("diagnostic.space.tableCaption", { name: props.selected.name })}
          </caption>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("diagnostic.result.dimension")}</th>
              {headers.map((header) => (
                <th {...r.columnheader} key={header.key}>
                  {header.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {[
              ...table.dimensions.map((row) => ({
                key: row.id,
                title: props.titles[row.id] ?? row.id,
                row,
                className: undefined,
              })),
              {
                key: "global",
                title: t("diagnostic.space.globalRow"),
                row: table.global,
                className: "diagnostic-progress-global",
              },
            ].map(({ key, title, row, className }) => (
              <tr key={key} className={className} {...r.row}>
                <th {...r.rowheader}>{title}</th>
                {cellsOf(row).map((value, index) => (
                  <td key={headers[index]?.key} {...r.cell}>
                    <StackedLabel>{headers[index]?.label}</StackedLabel>
                    <span>{value}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {compared ? <p className="field-hint">{t("diagnostic.space.gainHint")}</p> : null}
      {median.kind === "shown" ? (
        <p className="field-hint">
          {t("diagnostic.space.medianHint", { count: median.count, band: t(median.bandKey) })}
        </p>
      ) : null}
      {median.kind === "too_few" ? (
        <p className="field-hint">{t("diagnostic.space.medianUnavailable")}</p>
      ) : null}
      {median.kind === "no_band" ? (
        <p className="field-hint">{t("diagnostic.space.medianNoBand")}</p>
      ) : null}
      <h2>{t("diagnostic.space.listHeading")}</h2>
      <ul className="prose-list">
        {[...table.columns].reverse().map((column) => (
          <li key={column.id}>
            <Link to={diagnosticPaths.saved(column.id)}>
              {t("diagnostic.space.open", { date: formatDay(column.completedAt, locale) })}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={diagnosticPaths.intro} className="button button-secondary">
          {t("diagnostic.result.retake")}
        </Link>
      </p>
    </>
  );
}

/** A diagnostic taken before signing in, with a form to save it to the selected organisation. */
function PendingSection(props: ProgressPageProps & { pending: PendingDiagnostic }) {
  const t = useT();
  const locale = useLocale();
  const { pending, selected } = props;
  if (!selected) return null;
  return (
    <section aria-labelledby="pending-heading" className="diagnostic-pending">
      <h2 id="pending-heading">{t("diagnostic.space.pendingHeading")}</h2>
      <p>
        {t("diagnostic.space.pendingBody", {
          date: formatDay(pending.completedAt, locale),
          score: pending.globalScore,
        })}
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="attach" />
        <input type="hidden" name="organizationId" value={selected.id} />
        <button type="submit" className="button">
          {t("diagnostic.space.pendingSave", { name: selected.name })}
        </button>
      </Form>
    </section>
  );
}
