/**
 * The page shared by "forgotten password" and "magic link": one e-mail field, then a
 * confirmation that does not say whether an account exists.
 */
import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import type { MessageKey } from "~/i18n";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { EmailOnlySchema } from "../auth.schema";

/** What the action answers: the confirmation once sent, or the form to correct. */
export type EmailRequestReply =
  | { readonly sentTo: string }
  | { readonly result: SubmissionResult<string[]> };

type Props = {
  titleKey: MessageKey;
  introKey: MessageKey;
  submitKey: MessageKey;
  sentTitleKey: MessageKey;
  sentBodyKey: MessageKey;
  actionData: { result?: SubmissionResult<string[]>; sentTo?: string } | undefined;
  notice?: string;
};

export function EmailRequestForm(props: Props) {
  const t = useT();
  const [form, fields] = useForm({
    lastResult: props.actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EmailOnlySchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const sentTo = props.actionData?.sentTo;
  if (sentTo) {
    return (
      <>
        <title>{`${t(props.sentTitleKey)} – Digit'ESS`}</title>
        <h1>{t(props.sentTitleKey)}</h1>
        <p>{t(props.sentBodyKey, { email: sentTo })}</p>
      </>
    );
  }
  const errors = summaryErrors(form.errors, [
    { field: fields.email, label: t("auth.field.email") },
  ]);
  return (
    <>
      <title>{`${t(props.titleKey)} – Digit'ESS`}</title>
      <h1>{t(props.titleKey)}</h1>
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>{t(props.introKey)}</p>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <Field
          id={fields.email.id}
          label={t("auth.field.email")}
          hint={t("auth.field.emailHint")}
          errors={fields.email.errors}
          inputProps={{
            ...getInputProps(fields.email, { type: "email" }),
            autoComplete: "email",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {t(props.submitKey)}
        </button>
      </Form>
    </>
  );
}
