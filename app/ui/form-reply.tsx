// A refused or invalid form's reply, as the staff pages' actions answer it (the form pipeline,
// app/form-action.server.ts, already translated its messages), and the helpers that draw it: the
// errors of one field, the value typed again, and the error summary linking each error to its field.
import type { SubmissionResult } from "@conform-to/react";

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
