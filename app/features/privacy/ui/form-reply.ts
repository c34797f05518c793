// Reads what the form pipeline answered: a field's messages, the form's own message.
import type { SubmissionResult } from "@conform-to/react";

export type PrivacyReply = { formId: string; result: SubmissionResult<string[]> };

export function fieldErrors(reply: PrivacyReply | null, field: string): string[] | undefined {
  const errors = reply?.result.error?.[field];
  return errors && errors.length > 0 ? errors : undefined;
}

export function formError(reply: PrivacyReply | null): string | null {
  return reply?.result.error?.[""]?.[0] ?? null;
}
