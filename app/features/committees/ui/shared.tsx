// What the committees' pages share: the reply of a refused or invalid form (its errors, already
// translated by the form pipeline), the session's date and place, and its status.
import type { SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import type { MessageKey } from "~/i18n";
import { formatDateTime } from "~/platform/format/dates";
import { CheckboxField } from "~/ui/controls";
import { useLocale, useT } from "~/ui/i18n";
import type { SessionState } from "../session-state";
import type { OverseasCode } from "../time-zones";

/** What an action answers when a form must be corrected or was refused. */
export type Reply = {
  formId: string;
  result: SubmissionResult<string[]>;
  refused: string | null;
} | null;

/** The errors of one field of one form (undefined when none). */
export function fieldErrors(reply: Reply, formId: string, name: string): string[] | undefined {
  if (!reply || reply.formId !== formId) return undefined;
  const messages = reply.result.error?.[name];
  return messages && messages.length > 0 ? messages : undefined;
}

/** The value typed in a field of a form, to draw it again after an error. */
export function typed(reply: Reply, formId: string, name: string): string | undefined {
  if (!reply || reply.formId !== formId) return undefined;
  const value = (reply.result.initialValue as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
}

/** Every error of a form's reply, the field-less ones (refusals) first, each linked to its field. */
export function FormErrors({
  reply,
  formId,
  fieldIds = {},
}: {
  reply: Reply;
  formId: string;
  fieldIds?: Record<string, string>;
}) {
  if (!reply || reply.formId !== formId || !reply.result.error) return null;
  const entries = Object.entries(reply.result.error);
  entries.sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : 0));
  const errors = entries.flatMap(([field, messages]) =>
    (messages ?? []).map((message) => ({ field, message })),
  );
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`}>
            {error.field && fieldIds[error.field] !== undefined ? (
              <a href={`#${fieldIds[error.field] || error.field}`}>{error.message}</a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

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
