// The structures' opinions for the staff (issue 15: "answers visible to staff per antenna,
// consultant and level"): how many answered, the mean of each score out of 5 and the
// recommendation score (NPS), overall and per antenna, consultant and level, in the user's scope.

import { numberFormat } from "~/platform/format/intl";
import { useLocale, useT } from "~/ui/i18n";
import { StackedLabel, stackedRoles } from "~/ui/stacked-table";
import type { FeedbackSummary } from "../feedback-summary";
import type { FeedbackSummaries } from "../feedback-summary.server";

function tenths(value: number | null, locale: "fr" | "en"): string {
  if (value === null) return "–";
  return numberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value / 10);
}

function Rows({
  caption,
  groups,
}: {
  caption: string;
  groups: readonly { key: string; name: string; summary: FeedbackSummary }[];
}) {
  const t = useT();
  const locale = useLocale();
  if (groups.length === 0) return null;
  const columns = [
    t("supports.opinions.answers"),
    t("supports.opinions.satisfaction"),
    t("supports.opinions.consultant"),
    t("supports.opinions.fit"),
    t("supports.opinions.nps"),
  ];
  return (
    <table className="table-stacked" {...stackedRoles.table}>
      <caption>{caption}</caption>
      <thead {...stackedRoles.rowgroup}>
        <tr {...stackedRoles.row}>
          <th {...stackedRoles.columnheader}>{caption}</th>
          {columns.map((column) => (
            <th key={column} {...stackedRoles.columnheader}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody {...stackedRoles.rowgroup}>
        {groups.map((group) => {
          const { summary } = group;
          const cells = [
            String(summary.count),
            tenths(summary.averageTenths.satisfaction, locale),
            tenths(summary.averageTenths.consultantQuality, locale),
            tenths(summary.averageTenths.needsFit, locale),
            summary.nps === null ? "–" : String(summary.nps),
          ];
          return (
            <tr key={group.key} {...stackedRoles.row}>
              <th {...stackedRoles.rowheader}>{group.name}</th>
              {cells.map((cell, index) => (
                <td key={columns[index]} {...stackedRoles.cell}>
                  <StackedLabel>{columns[index]}</StackedLabel>
                  {cell}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function FeedbackPanel({ feedback }: { feedback: FeedbackSummaries }) {
  const t = useT();
  return (
    <section aria-labelledby="opinions-title" className="support-section">
      <h2 id="opinions-title">{t("supports.opinions.title")}</h2>
      {feedback.overall.count === 0 ? (
        <p>{t("supports.opinions.empty")}</p>
      ) : (
        <>
          <p>{t("supports.opinions.intro")}</p>
          <Rows
            caption={t("supports.opinions.byAntenna")}
            groups={feedback.byAntenna.map((group) => ({
              key: group.antennaId ?? "none",
              name: group.name ?? t("supports.noAntenna"),
              summary: group.summary,
            }))}
          />
          <Rows
            caption={t("supports.opinions.byConsultant")}
            groups={feedback.byConsultant.map((group) => ({
              key: group.consultantId ?? "none",
              name: group.name ?? t("supports.noConsultant"),
              summary: group.summary,
            }))}
          />
          <Rows
            caption={t("supports.opinions.byLevel")}
            groups={feedback.byLevel.map((group) => ({
              key: group.levelKind,
              name: t(`supports.level.${group.levelKind}`),
              summary: group.summary,
            }))}
          />
        </>
      )}
    </section>
  );
}
