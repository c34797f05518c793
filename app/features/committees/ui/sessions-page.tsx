// /comites: the sessions the user sees (all for instructors and administrators, their own for
// committee members), the latest first, and the link to create one for those who prepare them.
import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import { StackedLabel, stackedRoles } from "~/ui/stacked-table";
import type { SessionState } from "../session-state";
import { SessionStatus, sessionUrl } from "./shared";

export type SessionsPageData = {
  canPrepare: boolean;
  sessions: {
    id: string;
    startsAt: string;
    place: string | null;
    videoUrl: string | null;
    status: SessionState;
    programName: string;
    items: number;
  }[];
};

export function SessionsPage({ data }: { data: SessionsPageData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <title>{`${t("committees.list.title")} – Digit'ESS`}</title>
      <h1>{t("committees.list.title")}</h1>
      <p className="lead">{t("committees.list.intro")}</p>
      {data.canPrepare ? (
        <p>
          <Link to="/comites/nouvelle" className="button">
            {t("committees.list.new")}
          </Link>
        </p>
      ) : null}
      {data.sessions.length === 0 ? (
        <p>{data.canPrepare ? t("committees.list.emptyPreparer") : t("committees.list.empty")}</p>
      ) : (
        <table className="table-stacked committee-sessions" {...stackedRoles.table}>
          <caption className="visually-hidden">{t("committees.list.caption")}</caption>
          <thead {...stackedRoles.rowgroup}>
            <tr {...stackedRoles.row}>
              <th {...stackedRoles.columnheader}>{t("committees.list.date")}</th>
              <th {...stackedRoles.columnheader}>{t("committees.list.where")}</th>
              <th {...stackedRoles.columnheader}>{t("committees.list.status")}</th>
              <th {...stackedRoles.columnheader}>{t("committees.list.items")}</th>
            </tr>
          </thead>
          <tbody {...stackedRoles.rowgroup}>
            {data.sessions.map((session) => (
              <tr key={session.id} {...stackedRoles.row}>
                {/* The row header heads its block on a narrow screen, without a label. */}
                <th {...stackedRoles.rowheader}>
                  <Link to={sessionUrl(session.id)}>
                    {formatDateTime(session.startsAt, locale)}
                  </Link>
                </th>
                <td {...stackedRoles.cell}>
                  <StackedLabel>{t("committees.list.where")}</StackedLabel>
                  <span>{session.place ?? t("committees.list.videoOnly")}</span>
                </td>
                <td {...stackedRoles.cell}>
                  <StackedLabel>{t("committees.list.status")}</StackedLabel>
                  <span>
                    <SessionStatus status={session.status} />
                  </span>
                </td>
                <td {...stackedRoles.cell}>
                  <StackedLabel>{t("committees.list.items")}</StackedLabel>
                  <span>{session.items}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
