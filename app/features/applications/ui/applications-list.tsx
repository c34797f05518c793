// /espace/candidatures: the organisation's applications with their state in plain French and
// what happens next, or the empty state with the way to apply.
import { Link } from "react-router";
import { formatDay } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import { type ApplicationState, isApplicationState } from "../state-machine";
import { stepUrl } from "./step-frame";

export type ApplicationListItem = {
  id: string;
  number: string | null;
  status: string;
  currentStep: number;
  programName: string;
  createdAt: string;
  submittedAt: string | null;
};

/** The list page. */
export function ApplicationsList({
  organizationName,
  items,
}: {
  organizationName: string;
  items: ApplicationListItem[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <title>{`${t("applications.list.title")} – Digit'ESS`}</title>
      <h1 className="application-title">{t("applications.list.title")}</h1>
      <p className="lead">{t("applications.list.for", { organization: organizationName })}</p>
      {items.length === 0 ? (
        <div className="empty-state">
          <h2>{t("applications.list.empty")}</h2>
          <p>{t("applications.list.emptyBody")}</p>
          <Link to="/espace/candidatures/nouvelle" className="button">
            {t("applications.list.start")}
          </Link>
        </div>
      ) : (
        <>
          <ul className="application-cards">
            {items.map((item) => {
              const state: ApplicationState = isApplicationState(item.status)
                ? item.status
                : "draft";
              const title = item.number
                ? t("applications.list.numbered", { number: item.number })
                : t("applications.list.draftOf", { date: formatDay(item.createdAt, locale) });
              return (
                <li key={item.id} className="application-card">
                  <h2 className="application-card-title">
                    <Link
                      to={
                        state === "draft"
                          ? stepUrl(item.id, item.currentStep)
                          : `/espace/candidatures/${item.id}`
                      }
                    >
                      {title}
                    </Link>
                  </h2>
                  <p className="application-card-meta">
                    {item.programName}
                    {item.submittedAt
                      ? ` – ${t("applications.list.submittedOn", { date: formatDay(item.submittedAt, locale) })}`
                      : ""}
                  </p>
                  <p>
                    <span className={`status-badge status-${state}`}>
                      {t(`applications.state.${state}`)}
                    </span>
                  </p>
                  <p>{t(`applications.nextStep.${state}`)}</p>
                  <p className="application-card-links">
                    {state === "draft" ? (
                      <>
                        <Link to={stepUrl(item.id, item.currentStep)}>
                          {t("applications.list.resume")}
                          <span className="visually-hidden"> : {title}</span>
                        </Link>
                        {" · "}
                      </>
                    ) : null}
                    <Link to={`/espace/candidatures/${item.id}`}>
                      {t("applications.list.follow")}
                      <span className="visually-hidden"> : {title}</span>
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
          <p>
            <Link to="/espace/candidatures/nouvelle" className="button button-secondary">
              {t("applications.list.startAnother")}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
