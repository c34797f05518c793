import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, redirect } from "react-router";
import { SignInSchema } from "~/features/auth/auth.schema";
import { callAuth, getSessionUser, refusalInit, withCookies } from "~/features/auth/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { noJavaScript } from "~/ui/hydration";
import { translateError, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { Route } from "./+types/sign-in";

/** Where a sign-in lands when it was not sent from a page. */
const AFTER_SIGN_IN = "/apres-connexion";

/** A page path with the page a visitor was sent from, when there is one (kept across sign-up). */
function withRedirect(path: string, redirectTo: string | null): string {
  const target = safeRedirectPath(redirectTo, AFTER_SIGN_IN);
  return target === AFTER_SIGN_IN ? path : `${path}?redirectTo=${encodeURIComponent(target)}`;
}

const signInPath = (redirectTo: string | null) => withRedirect("/connexion", redirectTo);

// A two-field form whose every check the server makes again: it works the same without
// JavaScript, so it sends none (ADR 0022).
export const handle = noJavaScript;

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  if (await getSessionUser(request, context)) {
    throw redirect(safeRedirectPath(url.searchParams.get("redirectTo"), AFTER_SIGN_IN));
  }
  // better-auth sends a confirmed address back to `callbackURL` (/connexion?verifie=1): the
  // confirmation becomes the site's one-time notice, and the URL a clean sign-in page.
  if (url.searchParams.has("verifie") && !url.searchParams.has("error")) {
    throw redirectWithNotice(request, signInPath(url.searchParams.get("redirectTo")), {
      key: "auth.signIn.verified",
    });
  }
  return {
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), AFTER_SIGN_IN),
    // Page state, not a confirmation: the link that brought the visitor here was refused.
    linkError: url.searchParams.has("error"),
    messages: pickMessages(request, ["auth"]),
  };
}

// Public form: no guard (signing in is how a visitor gets a session).
export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(
    request,
    formSpec({
      schema: SignInSchema,
      hideFields: ["password"],
      run: ({ email, password }) =>
        callAuth(context, request, "/sign-in/email", {
          email,
          password,
          callbackURL: "/connexion?verifie=1",
        }),
      done: (signedIn, { redirectTo }) =>
        redirect(safeRedirectPath(redirectTo, AFTER_SIGN_IN), {
          headers: withCookies(signedIn.setCookies),
        }),
      refused: (refusal, _input, reply) => data(reply, refusalInit(refusal)),
    }),
  );
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignInSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const errors = summaryErrors(form.errors, [
    { field: fields.email, label: t("auth.field.email") },
    { field: fields.password, label: t("auth.field.password") },
  ]);
  return (
    <>
      <title>{`${t("auth.signIn.title")} – Digit'ESS`}</title>
      <h1>{t("auth.signIn.title")}</h1>
      {loaderData.linkError ? (
        <Notice>{translateError(t, "auth.error.invalidToken")}</Notice>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
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
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "current-password",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {t("auth.signIn.submit")}
        </button>
      </Form>
      <p style={{ marginTop: "1rem" }}>
        <Link to="/mot-de-passe-oublie">{t("auth.signIn.forgot")}</Link>
      </p>
      <p>
        {t("auth.signIn.magicLinkIntro")}{" "}
        <Link to="/lien-de-connexion">{t("auth.signIn.magicLinkLink")}</Link>
      </p>
      <p>
        {t("auth.signIn.noAccount")}{" "}
        <Link to={withRedirect("/inscription", loaderData.redirectTo)}>
          {t("auth.signIn.createAccount")}
        </Link>
      </p>
    </>
  );
}
