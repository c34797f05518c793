// The staff's list of supports (/accompagnements): each antenna's load against its capacity,
// the funders' envelopes (programme team), and the supports oldest decision first, with the
// waiting list's place and estimated start of those not started. A filter by status and antenna
// works without JavaScript (a GET form).
import { Form, Link } from "react-router";
import { formatDay } from "~/platform/format/dates";
import { formatEuros } from "~/platform/format/money";
import type { Reply } from "~/ui/form-reply";
import { useLocale, useT } from "~/ui/i18n";
import { StackedLabel, stackedRoles } from "~/ui/stacked-table";
import type { SupportsPageData } from "../pages.server";
import { supportStates } from "../support-state";
import { CapacityForm } from "./capacity-form";
import { FeedbackPanel } from "./feedback-panel";

export function SupportsPage({ data, reply }: { data: SupportsPageData; reply: Reply }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <title>{`${t("supports.list.title")} – Digit'ESS`}</title>
      <h1>{t("supports.list.title")}</h1>
      <p className="lead">{t("supports.list.intro")}</p>

      {data.loads.length > 0 ? (
        <section aria-labelledby="load-title" className="support-section">
          <h2 id="load-title">{t("supports.load.title")}</h2>
          <table className="table-stacked" {...stackedRoles.table}>
            <thead {...stackedRoles.rowgroup}>
              <tr {...stackedRoles.row}>
                <th {...stackedRoles.columnheader}>{t("supports.load.antenna")}</th>
                {(["diagnostic", "scoping", "production"] as const).map((level) => (
                  <th key={level} {...stackedRoles.columnheader}>
                    {t(`supports.level.${level}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody {...stackedRoles.rowgroup}>
              {data.loads.map((antenna) => (
                <tr key={antenna.antennaId} {...stackedRoles.row}>
                  <th {...stackedRoles.rowheader}>{antenna.name}</th>
                  {(["diagnostic", "scoping", "production"] as const).map((level) => {
                    const load = antenna.load.perLevel[level];
                    return (
                      <td key={level} {...stackedRoles.cell}>
                        <StackedLabel>{t(`supports.level.${level}`)}</StackedLabel>
                        {load.capacity === null
                          ? t("supports.load.unlimited", { inProgress: load.inProgress })
                          : t("supports.load.capacity", {
                              inProgress: load.inProgress,
                              capacity: load.capacity,
                            })}
                        {load.waiting > 0 ? (
                          <> {t("supports.load.waiting", { count: load.waiting })}</>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {data.envelopes.length > 0 ? (
        <section aria-labelledby="envelopes-title" className="support-section">
          <h2 id="envelopes-title">{t("supports.envelopes.title")}</h2>
          <ul className="support-parts">
            {data.envelopes.map((envelope) => (
              <li key={envelope.funderId}>
                <strong>{envelope.funderName}</strong>{" "}
                {t("supports.envelopes.line", {
                  consumed: formatEuros(envelope.consumedCents, locale),
                  amount: formatEuros(envelope.amountCents, locale),
                  percent: envelope.percent,
                  paid: formatEuros(envelope.paidCents, locale),
                })}
                {envelope.level !== "ok" ? (
                  <p className="notice notice-warning">
                    {t(`supports.envelopes.${envelope.level}`)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <FeedbackPanel feedback={data.feedback} />
      {data.capacity ? <CapacityForm choices={data.capacity} reply={reply} /> : null}

      <section aria-labelledby="list-title" className="support-section">
        <h2 id="list-title">{t("supports.list.heading")}</h2>
        <Form method="get" className="support-filters">
          <div className="field">
            <label htmlFor="filter-status" className="field-label">
              {t("supports.list.filterStatus")}
            </label>
            <select
              id="filter-status"
              name="statut"
              className="field-input"
              defaultValue={data.filter.status ?? ""}
            >
              <option value="">{t("supports.list.all")}</option>
              {supportStates.map((state) => (
                <option key={state} value={state}>
                  {t(`supports.status.${state}`)}
                </option>
              ))}
            </select>
          </div>
          {data.loads.length > 1 ? (
            <div className="field">
              <label htmlFor="filter-antenna" className="field-label">
                {t("supports.list.filterAntenna")}
              </label>
              <select
                id="filter-antenna"
                name="antenne"
                className="field-input"
                defaultValue={data.filter.antennaId ?? ""}
              >
                <option value="">{t("supports.list.all")}</option>
                {data.loads.map((antenna) => (
                  <option key={antenna.antennaId} value={antenna.antennaId}>
                    {antenna.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="submit" className="button button-secondary">
            {t("supports.list.filter")}
          </button>
        </Form>
        {data.supports.length === 0 ? (
          <p>{t("supports.list.empty")}</p>
        ) : (
          <ul className="support-list">
            {data.supports.map((support) => (
              <li key={support.id}>
                <p className="support-heading">
                  <Link to={`/accompagnements/${support.id}`}>
                    {t("supports.list.item", {
                      level: t(`supports.level.${support.levelKind}` as never),
                      organization: support.organizationName,
                    })}
                  </Link>{" "}
                  <span className={`support-status support-status-${support.status}`}>
                    {t(`supports.status.${support.status}`)}
                  </span>
                </p>
                <p>
                  {t("supports.list.details", {
                    number: support.number,
                    antenna: support.antennaName ?? t("supports.noAntenna"),
                    consultant: support.consultantName ?? t("supports.noConsultant"),
                    share: formatEuros(support.shareCents, locale),
                  })}
                </p>
                {support.place ? (
                  <p>
                    {support.place.canStartNow
                      ? t("supports.queue.canStart")
                      : t("supports.queue.position", {
                          position: support.place.position,
                          length: support.place.queueLength,
                        })}{" "}
                    {support.place.estimatedStartOn
                      ? t("supports.queue.estimate", {
                          date: formatDay(`${support.place.estimatedStartOn}T12:00:00Z`, locale),
                        })
                      : null}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
