// /comites/:sessionId/modifier: a preparer changes a session's date, time (Paris), place, video
// link and quorum while it is planned or in pre-review. A plain form (no JavaScript needed); after
// an error every field keeps what was typed, and the summary links to each field in error.
import { Form, Link } from "react-router";
import { useT } from "~/ui/i18n";
import type { SessionState } from "../session-state";
import { SessionFields, type SessionFieldValues, sessionFieldNames } from "./session-fields";
import { FormErrors, type Reply, SessionStatus, sessionUrl, useSessionTitle } from "./shared";

export type EditSessionPageData = {
  session: { id: string; startsAt: string; status: SessionState; programName: string };
  /** The session's current values, as the form shows them. */
  values: Required<SessionFieldValues>;
  /** False once the meeting has started: the page says so and shows no form. */
  editable: boolean;
};

const FORM = "form";

export function EditSessionPage({ data, reply }: { data: EditSessionPageData; reply: Reply }) {
  const t = useT();
  const title = useSessionTitle(data.session);
  return (
    <>
      <title>{`${t("committees.edit.title")} – ${title} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to={sessionUrl(data.session.id)}>{t("committees.back.session")}</Link>
      </p>
      <h1>{t("committees.edit.title")}</h1>
      <p>
        {title} · <SessionStatus status={data.session.status} /> {data.session.programName}
      </p>
      {data.editable ? (
        <>
          <p className="lead">{t("committees.edit.intro")}</p>
          <FormErrors
            reply={reply}
            formId={FORM}
            fieldIds={Object.fromEntries(sessionFieldNames.map((name) => [name, name]))}
          />
          <Form method="post" className="form">
            <SessionFields reply={reply} formId={FORM} defaults={data.values} />
            <button type="submit" className="button">
              {t("committees.edit.submit")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <FormErrors reply={reply} formId={FORM} />
          <p>{t("committees.edit.locked")}</p>
        </>
      )}
    </>
  );
}
