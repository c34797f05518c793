/** Reads what the form pipeline (~/form-action.server) answered for a whole form. */
import type { SubmissionResult } from "@conform-to/react";

/** The message of a refused or invalid form for the whole form (already translated), or null. */
export function formErrorOf(
  reply: { readonly result: SubmissionResult<string[]> } | null | undefined,
): string | null {
  return reply?.result.error?.[""]?.[0] ?? null;
}

/** The first message of a form's field or of the whole form (already translated), or null. */
export function fieldErrorOf(
  reply: { readonly result: SubmissionResult<string[]> } | null | undefined,
  field: string,
): string | null {
  return reply?.result.error?.[field]?.[0] ?? formErrorOf(reply);
}
