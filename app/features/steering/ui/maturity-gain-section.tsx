// "Gain de maturité numérique": how many structures were compared, the mean gain of their overall
// score, and per dimension the mean before, after and the gain, with how many structures each
// mean covers. A loss reads as one in words and with its sign, not only by a colour; the
// structures not comparable yet are counted below. The table stacks per row on narrow screens.
import type { MessageKey } from "~/i18n";
import { intlTag } from "~/platform/format/dates";
import { pluralRules } from "~/platform/format/intl";
import type { Locale } from "~/platform/i18n/types";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { DashboardPageData } from "../pages.server";
import { formatSignedTenths, formatTenths, isSingularPoints } from "../points";

type Report = DashboardPageData["gain"];
type Mean = Report["aggregate"]["overall"];
type Translate = ReturnType<typeof useT>;

/** "+12,3 points", "-3,0 points, en baisse", "0,0 point". */
function gainText(t: Translate, locale: Locale, tenths: number): string {
  const points = t(
    isSingularPoints(tenths, locale) ? "steering.points.one" : "steering.points.other",
    {
      value: formatSignedTenths(tenths, locale),
    },
  );
  return tenths < 0 ? t("steering.gain.decrease", { points }) : points;
}

function countText(
  t: Translate,
  locale: Locale,
  count: number,
  keys: readonly [MessageKey, MessageKey],
) {
  const plural = pluralRules(intlTag(locale)).select(count);
  return t(plural === "one" ? keys[0] : keys[1], { count });
}

export function MaturityGainSection({ data }: { data: DashboardPageData }) {
  const t = useT();
  const locale = useLocale();
  const { gain } = data;
  const { overall } = gain.aggregate;
  return (
    <section aria-labelledby="maturity-gain-title" className="steering-section">
      <h2 id="maturity-gain-title">{t("steering.gain.title")}</h2>
      <p>{t("steering.gain.method")}</p>
      {overall.meanGainTenths === null ? (
        <>
          <p className="empty-state">
            {t(gain.supported === 0 ? "steering.gain.noSupport" : "steering.gain.empty")}
          </p>
          <NotCompared gain={gain} />
        </>
      ) : (
        <>
          <dl className="steering-figures">
            <div className="steering-figure">
              <dt>{t("steering.gain.comparedLabel")}</dt>
              <dd className="steering-figure-value">{gain.aggregate.count}</dd>
            </div>
            <div className="steering-figure">
              <dt>{t("steering.gain.meanLabel")}</dt>
              <dd className="steering-figure-value">
                {gainText(t, locale, overall.meanGainTenths)}
              </dd>
              {overall.meanBeforeTenths !== null && overall.meanAfterTenths !== null ? (
                <dd>
                  {t("steering.gain.meanRange", {
                    before: formatTenths(overall.meanBeforeTenths, locale),
                    after: formatTenths(overall.meanAfterTenths, locale),
                  })}
                </dd>
              ) : null}
            </div>
          </dl>
          <NotCompared gain={gain} />
          <GainTable data={data} />
          <p className="field-hint">{t("steering.gain.hint")}</p>
        </>
      )}
    </section>
  );
}

/** The structures supported that cannot be compared (yet), counted apart. */
function NotCompared({ gain }: { gain: Report }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {gain.awaitingAfter > 0 ? (
        <p>
          {countText(t, locale, gain.awaitingAfter, [
            "steering.gain.awaiting.one",
            "steering.gain.awaiting.other",
          ])}
        </p>
      ) : null}
      {gain.withoutBefore > 0 ? (
        <p>
          {countText(t, locale, gain.withoutBefore, [
            "steering.gain.withoutBefore.one",
            "steering.gain.withoutBefore.other",
          ])}
        </p>
      ) : null}
    </>
  );
}

function GainTable({ data }: { data: DashboardPageData }) {
  const t = useT();
  const locale = useLocale();
  const { aggregate } = data.gain;
  const headers = [
    t("steering.gain.before"),
    t("steering.gain.after"),
    t("steering.gain.gain"),
    t("steering.gain.count"),
  ];
  const cellsOf = (mean: Mean): string[] => {
    const missing = t("steering.gain.notMeasured");
    return [
      mean.meanBeforeTenths === null ? missing : formatTenths(mean.meanBeforeTenths, locale),
      mean.meanAfterTenths === null ? missing : formatTenths(mean.meanAfterTenths, locale),
      mean.meanGainTenths === null ? missing : gainText(t, locale, mean.meanGainTenths),
      String(mean.count),
    ];
  };
  const rows = [
    ...aggregate.dimensions.map((dimension) => ({
      key: dimension.id,
      title: data.dimensionTitles[dimension.id] ?? dimension.id,
      mean: dimension,
      global: false,
    })),
    { key: "global", title: t("steering.gain.globalRow"), mean: aggregate.overall, global: true },
  ];
  return (
    <table className="table table-stacked steering-gain-table" {...r.table}>
      <caption>{t("steering.gain.caption")}</caption>
      <thead {...r.rowgroup}>
        <tr {...r.row}>
          <th {...r.columnheader}>{t("steering.gain.dimension")}</th>
          {headers.map((header) => (
            <th key={header} {...r.columnheader}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody {...r.rowgroup}>
        {rows.map((row) => (
          <tr key={row.key} className={row.global ? "steering-gain-global" : undefined} {...r.row}>
            <th {...r.rowheader}>{row.title}</th>
            {cellsOf(row.mean).map((value, index) => (
              <td key={headers[index]} {...r.cell}>
                <StackedLabel>{headers[index]}</StackedLabel>
                <span
                  className={
                    index === 2 && (row.mean.meanGainTenths ?? 0) < 0
                      ? "steering-gain-down"
                      : undefined
                  }
                >
                  {value}
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
