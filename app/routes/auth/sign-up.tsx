import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, redirect } from "react-router";
import { SignUpSchema } from "~/features/auth/auth.schema";
import { callAuth, getSessionUser, refusalInit } from "~/features/auth/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { noJavaScript } from "~/ui/hydration";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/sign-up";

/** The page the visitor was sent from (e.g. "Déposer une candidature"), kept until sign-in. */
function redirectToOf(request: Request): string | null {
  const value = new URL(request.url).searchParams.get("redirectTo");
  const target = safeRedirectPath(value, "");
  return target === "" ? null : target;
}

// A short form whose every check the server makes again: it works the same without
// JavaScript, so it sends none (ADR 0022).
export const handle = noJavaScript;

export async function loader({ request, context }: Route.LoaderArgs) {
  const redirectTo = redirectToOf(request);
  if (await getSessionUser(request, context)) throw redirect(redirectTo ?? "/apres-connexion");
  return {
    signInHref: redirectTo
      ? `/connexion?redirectTo=${encodeURIComponent(redirectTo)}`
      : "/connexion",
    messages: pickMessages(request, ["auth"]),
  };
}

// Public form: no guard (anyone may create an account).
export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(
    request,
    formSpec({
      schema: SignUpSchema,
      hideFields: ["password"],
      run: ({ name, email, password }) => {
        // The confirmation link brings the visitor back to sign in, then to the page they came from.
        const back = redirectToOf(request);
        return callAuth(context, request, "/sign-up/email", {
          name,
          email,
          password,
          callbackURL: back
            ? `/connexion?verifie=1&redirectTo=${encodeURIComponent(back)}`
            : "/connexion?verifie=1",
        });
      },
      done: (_signedUp, { email }) =>
        redirect(`/inscription/confirmation?email=${encodeURIComponent(email)}`),
      refused: (refusal, _input, reply) => data(reply, refusalInit(refusal)),
    }),
  );
}

export default function SignUp({ actionData, loaderData }: Route.ComponentProps) {
  const t = useT();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignUpSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const errors = summaryErrors(form.errors, [
    { field: fields.name, label: t("auth.field.name") },
    { field: fields.email, label: t("auth.field.email") },
    { field: fields.password, label: t("auth.field.password") },
  ]);
  return (
    <>
      <title>{`${t("auth.signUp.title")} – Digit'ESS`}</title>
      <h1>{t("auth.signUp.title")}</h1>
      <p>{t("auth.signUp.intro")}</p>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <Field
          id={fields.name.id}
          label={t("auth.field.name")}
          errors={fields.name.errors}
          inputProps={{
            ...getInputProps(fields.name, { type: "text" }),
            autoComplete: "name",
            required: true,
          }}
        />
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
        <Field
          id={fields.password.id}
          label={t("auth.field.password")}
          hint={t("auth.field.passwordHint")}
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "new-password",
            required: true,
          }}
        />
        <p className="field-hint">
          {t("auth.signUp.privacy")}{" "}
          <Link to="/donnees-personnelles">{t("page.privacy.title")}</Link>
        </p>
        <button type="submit" className="button">
          {t("auth.signUp.submit")}
        </button>
      </Form>
      <p style={{ marginTop: "1rem" }}>
        {t("auth.signUp.haveAccount")}{" "}
        <Link to={loaderData.signInHref}>{t("auth.signIn.title")}</Link>
      </p>
    </>
  );
}
