import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link } from "react-router";
import { ResetPasswordSchema } from "~/features/auth/auth.schema";
import { callAuth, refusalInit } from "~/features/auth/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { translateError, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { Route } from "./+types/reset-password";

export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  return {
    token,
    invalid: !token || url.searchParams.has("error"),
    messages: pickMessages(request, ["auth"]),
  };
}

// Public form: no guard (the token of the e-mailed link is the proof).
export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(
    request,
    formSpec({
      schema: ResetPasswordSchema,
      hideFields: ["password"],
      run: ({ token, password }) =>
        callAuth(context, request, "/reset-password", { token, newPassword: password }),
      done: () => redirectWithNotice(request, "/connexion", { key: "auth.signIn.passwordReset" }),
      refused: (refusal, _input, reply) => data(reply, refusalInit(refusal)),
    }),
  );
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (loaderData.invalid) {
    return (
      <>
        <title>{`${t("auth.reset.title")} – Digit'ESS`}</title>
        <h1>{t("auth.reset.title")}</h1>
        <Notice>{translateError(t, "auth.error.invalidToken")}</Notice>
        <p>
          <Link to="/mot-de-passe-oublie">{t("auth.forgot.title")}</Link>
        </p>
      </>
    );
  }
  const errors = summaryErrors(form.errors, [
    { field: fields.password, label: t("auth.field.newPassword") },
  ]);
  return (
    <>
      <title>{`${t("auth.reset.title")} – Digit'ESS`}</title>
      <h1>{t("auth.reset.title")}</h1>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="token" value={loaderData.token} />
        <Field
          id={fields.password.id}
          label={t("auth.field.newPassword")}
          hint={t("auth.field.passwordHint")}
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "new-password",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {t("auth.reset.submit")}
        </button>
      </Form>
    </>
  );
}
