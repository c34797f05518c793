// The filters of the inbox an export is made of, as a list of "name: value" lines.
import { formatCalendarDate } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import type { InboxFilters } from "../inbox-filters";

export type FilterNames = { antennaName: string | null; axisLabel: string | null };

export function ExportFiltersSummary({
  filters,
  names,
}: {
  filters: InboxFilters;
  names: FilterNames;
}) {
  const t = useT();
  const locale = useLocale();
  const yes = t("review.export.filter.yes");
  const lines: { label: string; value: string }[] = [];
  if (filters.statuses.length > 0) {
    lines.push({
      label: t("review.export.filter.status"),
      value: filters.statuses.map((status) => t(`applications.state.${status}`)).join(", "),
    });
  }
  if (filters.level) {
    lines.push({
      label: t("review.export.filter.level"),
      value: t(`review.export.level.${filters.level}`),
    });
  }
  if (filters.antenna) {
    lines.push({
      label: t("review.export.filter.antenna"),
      value:
        filters.antenna === "none"
          ? t("review.export.filter.antennaNone")
          : (names.antennaName ?? filters.antenna),
    });
  }
  if (filters.departement) {
    lines.push({ label: t("review.export.filter.departement"), value: filters.departement });
  }
  if (filters.region)
    lines.push({ label: t("review.export.filter.region"), value: filters.region });
  if (filters.axis) {
    lines.push({ label: t("review.export.filter.axis"), value: names.axisLabel ?? filters.axis });
  }
  if (filters.submittedFrom) {
    lines.push({
      label: t("review.export.filter.submittedFrom"),
      value: formatCalendarDate(filters.submittedFrom, locale),
    });
  }
  if (filters.submittedTo) {
    lines.push({
      label: t("review.export.filter.submittedTo"),
      value: formatCalendarDate(filters.submittedTo, locale),
    });
  }
  if (filters.mine) lines.push({ label: t("review.export.filter.mine"), value: yes });
  if (filters.flagged) lines.push({ label: t("review.export.filter.flagged"), value: yes });
  if (filters.unread) lines.push({ label: t("review.export.filter.unread"), value: yes });
  if (filters.query) lines.push({ label: t("review.export.filter.query"), value: filters.query });
  return (
    <>
      {lines.length === 0 ? (
        <p>{t("review.export.new.noFilter")}</p>
      ) : (
        <dl className="summary-list">
          {lines.map((line) => (
            <div className="summary-row" key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        {t("review.export.filter.sort")} : {t(`review.export.sort.${filters.sort}`)}
      </p>
    </>
  );
}
