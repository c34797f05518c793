// /comites: the sessions the user sees (all for instructors and administrators, their own for
// committee members), the latest first, and the link to create one for those who prepare them.
import { Form, Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { SelectField } from "~/ui/controls";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { StackedLabel, stackedRoles } from "~/ui/stacked-table";
import { memberPlaceChoices } from "../member-place";
import type { SessionState } from "../session-state";
import { type OverseasCode, sessionTimeText } from "../time-zones";
import { FormErrors, fieldErrors, type Reply, SessionStatus, sessionUrl } from "./shared";

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
  /** Where the reader reads the times from: null for Paris. */
  place: OverseasCode | null;
};

/** "Where do you read the times from": Paris, or an overseas zone. */
function PlaceForm({ place, reply }: { place: OverseasCode | null; reply: Reply }) {
  const t = useT();
  return (
    <section aria-labelledby="place-title" className="committee-section">
      <h2 id="place-title">{t("committees.place.title")}</h2>
      <FlashNotice target="place" />
      <FormErrors reply={reply} formId="place" fieldIds={{ place: "member-place" }} />
      <Form method="post" className="form">
        <input type="hidden" name="formId" value="place" />
        <SelectField
          id="member-place"
          label={t("committees.place.label")}
          hint={t("committees.place.hint")}
          errors={fieldErrors(reply, "place", "place")}
          options={memberPlaceChoices.map((choice) => ({
            value: choice,
            label: t(`committees.place.option.${choice}`),
          }))}
          selectProps={{ name: "place", defaultValue: place ?? "paris" }}
        />
        <button type="submit" name="intent" value="place" className="button">
          {t("committees.place.submit")}
        </button>
      </Form>
    </section>
  );
}

export function SessionsPage({ data, reply }: { data: SessionsPageData; reply: Reply }) {
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
                  {data.place ? (
                    <span className="committee-local-time">
                      {sessionTimeText(t, new Date(session.startsAt), data.place, locale)}
                    </span>
                  ) : null}
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
      <PlaceForm place={data.place} reply={reply} />
    </>
  );
}
