// The frame of every review action page: the title, the file's number, organisation and state,
// the "back to the file" link, the form's errors (already translated by the form pipeline) and,
// when the action is not open in the file's state, a notice instead of the form.
import type { SubmissionResult } from "@conform-to/react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { isApplicationState } from "~/features/applications";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";

export type ActionHeader = {
  id: string;
  number: string;
  organizationName: string;
  status: string;
};

/** What an action answers when the form must be corrected or was refused. */
export type ActionReply = {
  formId: string;
  result: SubmissionResult<string[]>;
  refused: string | null;
} | null;

/** The file page of an application. */
export const fileUrl = (id: string) => `/instruction/candidatures/${id}`;

/** The errors of one field in the reply (undefined when none). */
export function fieldErrors(reply: ActionReply, name: string): string[] | undefined {
  const messages = reply?.result.error?.[name];
  return messages && messages.length > 0 ? messages : undefined;
}

/** The value typed in a field, to draw the form again after an error. */
export function typed(reply: ActionReply, name: string): string | undefined {
  const value = (reply?.result.initialValue as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
}

/** Every error of the reply, the field-less ones (refusals) first. */
function allErrors(reply: ActionReply): { field: string; message: string }[] {
  const entries = Object.entries(reply?.result.error ?? {});
  entries.sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : 0));
  return entries.flatMap(([field, messages]) =>
    (messages ?? []).map((message) => ({ field, message })),
  );
}

export function ActionFrame({
  title,
  header,
  reply,
  open,
  closedMessage,
  fieldIds = {},
  children,
}: {
  title: string;
  header: ActionHeader;
  reply: ActionReply;
  /** Whether the action is possible in the file's state. */
  open: boolean;
  /** What to say when it is not (default: the generic message). */
  closedMessage?: string;
  /** The id of each field's control, for the error links. */
  fieldIds?: Record<string, string>;
  children: ReactNode;
}) {
  const t = useT();
  const errors = allErrors(reply);
  const state = isApplicationState(header.status) ? header.status : null;
  return (
    <>
      <title>{`${title} – ${header.number} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to={fileUrl(header.id)}>{t("review.actions.backToFile")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">
        {t("review.actions.fileOf", {
          number: header.number,
          organization: header.organizationName,
        })}
      </p>
      {state ? (
        <p>{t("review.actions.currentState", { state: t(`applications.state.${state}`) })}</p>
      ) : null}
      {errors.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}-${error.message}`}>
                {error.field && fieldIds[error.field] ? (
                  <a href={`#${fieldIds[error.field]}`}>{error.message}</a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {open ? children : <Notice>{closedMessage ?? t("review.actions.notAvailable")}</Notice>}
      <p>
        <Link to={fileUrl(header.id)} className="button button-secondary">
          {t("review.actions.backToFile")}
        </Link>
      </p>
    </>
  );
}
