import { Form } from "react-router";
import type { MessageKey } from "~/i18n";
import { formatDateTime } from "~/platform/format/dates";
import { CheckboxField } from "~/ui/controls";
// The form reply helpers are the platform's (app/ui/form-reply.tsx), shared by every staff page.
import { FormErrors, fieldErrors, type Reply } from "~/ui/form-reply";
import { useLocale, useT } from "~/ui/i18n";
import type { SessionState } from "../session-state";
import type { OverseasCode } from "../time-zones";

export { FormErrors, fieldErrors, type Reply, typed } from "~/ui/form-reply";

export type SessionHeader = {
  id: string;
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  status: SessionState;
  programName: string;
  /** Where the reader reads the times from (their preference): null for Paris. */
  viewerPlace: OverseasCode | null;
};

/** "Comité du 12 mars 2026 à 14:00" */
export function useSessionTitle(session: Pick<SessionHeader, "startsAt">): string {
  const t = useT();
  const locale = useLocale();
  return t("committees.session.title", { date: formatDateTime(session.startsAt, locale) });
}

/** The status badge of a session. */
export function SessionStatus({ status }: { status: SessionState }) {
  const t = useT();
  return (
    <span className={`committee-status committee-status-${status}`}>
      {t(`committees.status.${status}`)}
    </span>
  );
}

/** The URL of a session and of one of its items. */
export const sessionUrl = (id: string) => `/comites/${id}`;
export const itemUrl = (sessionId: string, itemId: string) =>
  `/comites/${sessionId}/points/${itemId}`;

type ConfirmedActionKeys = Record<"title" | "intro" | "confirm" | "submit", MessageKey>;

/**
 * An irreversible step confirmed by a box to tick: declaring a conflict of interest on an item,
 * closing a session. Its intent names its form; `keys` its messages.
 */
export function ConfirmedActionForm({
  intent,
  reply,
  keys,
}: {
  intent: "conflict" | "close";
  reply: Reply;
  keys: ConfirmedActionKeys;
}) {
  const t = useT();
  const confirmId = `${intent}-confirm`;
  return (
    <section aria-labelledby={`${intent}-title`} className="committee-section">
      <h2 id={`${intent}-title`}>{t(keys.title)}</h2>
      <p>{t(keys.intro)}</p>
      <FormErrors reply={reply} formId={intent} fieldIds={{ confirm: confirmId }} />
      <Form method="post" className="form">
        <input type="hidden" name="formId" value={intent} />
        <CheckboxField
          id={confirmId}
          label={t(keys.confirm)}
          errors={fieldErrors(reply, intent, "confirm")}
          inputProps={{ name: "confirm", required: true }}
        />
        <button type="submit" name="intent" value={intent} className="button button-danger">
          {t(keys.submit)}
        </button>
      </Form>
    </section>
  );
}
