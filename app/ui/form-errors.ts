/** Collects Conform's field and form errors into the error summary's list, in field order. */
import type { SummaryError } from "./error-summary";

type FieldLike = { id: string; errors?: string[] };

export function summaryErrors(
  formErrors: string[] | undefined,
  fields: { field: FieldLike; label: string }[],
): SummaryError[] {
  return [
    ...(formErrors ?? []).map((message) => ({ message })),
    ...fields.flatMap(({ field, label }) =>
      (field.errors ?? []).map((message) => ({ fieldId: field.id, label, message })),
    ),
  ];
}
