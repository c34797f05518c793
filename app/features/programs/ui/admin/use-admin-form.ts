/** Conform for one of several forms on an admin page: only the submitted form gets the reply. */
import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/** The action's reply, as the page receives it. */
export type AdminActionData = { formId: string; result: SubmissionResult<string[]> } | undefined;

/** The Conform form `formId`, validated in the browser with the action's own schema. */
export function useAdminForm<Output, Input extends Record<string, unknown>>(
  schema: z.ZodType<Output, Input>,
  formId: string,
  actionData: AdminActionData,
  defaultValue?: Record<string, unknown>,
) {
  return useForm<Input, Output>({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: defaultValue as Parameters<typeof useForm<Input, Output>>[0]["defaultValue"],
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
}
