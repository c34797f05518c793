/**
 * Removes an item (a level, an axis, an antenna, an envelope, a criterion) in two steps that
 * work without JavaScript: a disclosure names the consequence, then a button confirms.
 */
import { getFormProps } from "@conform-to/react";
import { Form } from "react-router";
import type { z } from "zod";
import { useT } from "~/ui/i18n";
import { FormIdentity } from "./hidden";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

/** Posts `intent` with the item's id field; shows the refusal, if any, next to the button. */
export function RemoveButton({
  schema,
  intent,
  formId,
  idField,
  idValue,
  label,
  actionData,
}: {
  schema: z.ZodType<unknown, Record<string, unknown>>;
  intent: string;
  formId: string;
  idField: string;
  idValue: string;
  label: string;
  actionData: AdminActionData;
}) {
  const t = useT();
  const [form] = useAdminForm(schema, formId, actionData);
  const refused = Boolean(form.errors?.length);
  return (
    <details className="remove-item" open={refused || undefined}>
      <summary>{label}</summary>
      <Form method="post" {...getFormProps(form)} className="inline-form">
        <FormIdentity intent={intent} formId={formId} />
        <input type="hidden" name={idField} value={idValue} />
        {refused ? (
          <p className="field-errors" role="alert">
            {form.errors?.join(" ")}
          </p>
        ) : (
          <p>{t("programs.admin.remove.consequence")}</p>
        )}
        <button type="submit" className="button button-secondary button-small">
          {t("programs.admin.remove.confirm")}
        </button>
      </Form>
    </details>
  );
}
