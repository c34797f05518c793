/**
 * The portfolio balance beside a session's agenda: one table per dimension (axis, région, level,
 * size), each value with its target, the proposed, accepted and projected mix and the gap, and a
 * sentence naming what is left behind. No data fetching: the loader computes `computePortfolio`
 * and sends the "committees.documents" catalogue part. The tables stack per row at 320 px
 * (~/ui/stacked-table), and "behind" is written in words, never shown by colour alone.
 */
import type { MessageKey } from "~/i18n";
import { intlTag } from "~/platform/format/dates";
import { pluralRules } from "~/platform/format/intl";
import { formatEuros, formatPercent } from "~/platform/format/money";
import { formatInteger } from "~/platform/format/numbers";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import {
  type Portfolio,
  type PortfolioDimension,
  type PortfolioMix,
  type PortfolioRow,
  type portfolioSizeBands,
  UNKNOWN,
} from "../portfolio";

/** Labels of the programme's own values: axis codes and level kinds. */
export interface PortfolioLabels {
  readonly axis?: Readonly<Record<string, string>>;
  readonly level?: Readonly<Record<string, string>>;
}

const dimensionKeys = {
  axis: "committees.portfolio.dimension.axis",
  region: "committees.portfolio.dimension.region",
  level: "committees.portfolio.dimension.level",
  size: "committees.portfolio.dimension.size",
} as const satisfies Record<PortfolioDimension, MessageKey>;

const columnKeys = {
  axis: "committees.portfolio.column.axis",
  region: "committees.portfolio.column.region",
  level: "committees.portfolio.column.level",
  size: "committees.portfolio.column.size",
} as const satisfies Record<PortfolioDimension, MessageKey>;

const sizeKeys = {
  none: "committees.portfolio.size.none",
  from_1_to_2: "committees.portfolio.size.from_1_to_2",
  from_3_to_9: "committees.portfolio.size.from_3_to_9",
  from_10_to_49: "committees.portfolio.size.from_10_to_49",
  from_50: "committees.portfolio.size.from_50",
} as const satisfies Record<(typeof portfolioSizeBands)[number], MessageKey>;

/** The panel. `id` prefixes the headings' ids when a page shows it more than once. */
export function PortfolioPanel({
  portfolio,
  labels = {},
  id = "portfolio",
}: {
  portfolio: Portfolio;
  labels?: PortfolioLabels;
  id?: string;
}) {
  const t = useT();
  const locale = useLocale();

  const labelOf = (dimension: PortfolioDimension, value: string): string => {
    if (value === UNKNOWN) return t("committees.portfolio.unknown");
    if (dimension === "size" && value in sizeKeys) {
      return t(sizeKeys[value as keyof typeof sizeKeys]);
    }
    if (dimension === "axis" || dimension === "level") return labels[dimension]?.[value] ?? value;
    return value;
  };
  const share = (mix: PortfolioMix) => {
    const value = portfolio.basis === "count" ? mix.countShare : mix.amountShare;
    return value === null ? t("committees.portfolio.noShare") : formatPercent(value, locale);
  };
  const mixText = (mix: PortfolioMix) => {
    if (
      mix.count === 0 &&
      (portfolio.basis === "count" ? mix.countShare : mix.amountShare) === null
    ) {
      return t("committees.portfolio.mix.none");
    }
    const params = {
      count: formatInteger(mix.count, locale),
      amount: formatEuros(mix.amountCents, locale),
      share: share(mix),
    };
    const plural = pluralRules(intlTag(locale)).select(mix.count);
    return t(
      plural === "one" ? "committees.portfolio.mix.one" : "committees.portfolio.mix.other",
      params,
    );
  };
  const gapText = (row: PortfolioRow) => {
    if (row.gapPoints === null) return null;
    const points =
      row.gapPoints > 0 ? `+${row.gapPoints}` : row.gapPoints < 0 ? `\u2212${-row.gapPoints}` : "0";
    return t("committees.portfolio.gap", { points });
  };

  const empty = portfolio.totals.proposed.count === 0 && portfolio.totals.decided.count === 0;
  const behindList = portfolio.behind
    .map(
      (entry) =>
        `${labelOf(entry.dimension, entry.value)} (${t(dimensionKeys[entry.dimension]).toLowerCase()})`,
    )
    .join(", ");

  return (
    <section className="portfolio-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("committees.portfolio.title")}</h2>
      <p>{t("committees.portfolio.intro")}</p>
      {empty ? (
        <p className="empty-state">{t("committees.portfolio.empty")}</p>
      ) : (
        <>
          <p>
            {t(
              portfolio.basis === "count"
                ? "committees.portfolio.basis.count"
                : "committees.portfolio.basis.amount",
            )}{" "}
            {t("committees.portfolio.multiple")}
          </p>
          <p>{t("committees.portfolio.decidedSummary", portfolio.decisions)}</p>
          <p>
            <strong>
              {portfolio.behind.length > 0
                ? t("committees.portfolio.behindSummary", {
                    threshold: portfolio.thresholdPoints,
                    list: behindList,
                  })
                : t("committees.portfolio.behindNone", { threshold: portfolio.thresholdPoints })}
            </strong>
          </p>
          {portfolio.dimensions
            .filter((dimension) => dimension.rows.length > 0)
            .map(({ dimension, rows }) => (
              <DimensionTable
                key={dimension}
                caption={t(dimensionKeys[dimension])}
                column={t(columnKeys[dimension])}
                rows={rows.map((row) => ({
                  key: row.value,
                  label: labelOf(dimension, row.value),
                  target:
                    row.target === null
                      ? t("committees.portfolio.noTarget")
                      : formatPercent(row.target, locale),
                  proposed: mixText(row.proposed),
                  decided: mixText(row.decided),
                  projected: mixText(row.projected),
                  gap: gapText(row),
                  status:
                    row.gapPoints === null
                      ? null
                      : t(
                          row.behind
                            ? "committees.portfolio.behind"
                            : "committees.portfolio.onTrack",
                        ),
                  behind: row.behind,
                }))}
              />
            ))}
        </>
      )}
    </section>
  );
}

interface RowView {
  key: string;
  label: string;
  target: string;
  proposed: string;
  decided: string;
  projected: string;
  gap: string | null;
  status: string | null;
  behind: boolean;
}

function DimensionTable({
  caption,
  column,
  rows,
}: {
  caption: string;
  column: string;
  rows: RowView[];
}) {
  const t = useT();
  const heads = {
    target: t("committees.portfolio.column.target"),
    proposed: t("committees.portfolio.column.proposed"),
    decided: t("committees.portfolio.column.decided"),
    projected: t("committees.portfolio.column.projected"),
    gap: t("committees.portfolio.column.gap"),
  };
  return (
    <table className="table table-stacked portfolio-table" {...r.table}>
      <caption>{caption}</caption>
      <thead {...r.rowgroup}>
        <tr {...r.row}>
          <th {...r.columnheader}>{column}</th>
          <th {...r.columnheader}>{heads.target}</th>
          <th {...r.columnheader}>{heads.proposed}</th>
          <th {...r.columnheader}>{heads.decided}</th>
          <th {...r.columnheader}>{heads.projected}</th>
          <th {...r.columnheader}>{heads.gap}</th>
        </tr>
      </thead>
      <tbody {...r.rowgroup}>
        {rows.map((row) => (
          <tr key={row.key} {...r.row}>
            <th {...r.rowheader}>{row.label}</th>
            <td {...r.cell}>
              <StackedLabel>{heads.target}</StackedLabel>
              <span>{row.target}</span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{heads.proposed}</StackedLabel>
              <span>{row.proposed}</span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{heads.decided}</StackedLabel>
              <span>{row.decided}</span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{heads.projected}</StackedLabel>
              <span>{row.projected}</span>
            </td>
            <td {...r.cell}>
              <StackedLabel>{heads.gap}</StackedLabel>
              <span>
                {row.gap ?? t("committees.portfolio.noGap")}
                {row.status ? (
                  <> {row.behind ? <strong>{row.status}</strong> : <span>{row.status}</span>}</>
                ) : null}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
