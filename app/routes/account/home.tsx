import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link } from "react-router";
import {
  AccountNameSchema,
  ChangePasswordSchema,
  SignOutEverywhereSchema,
} from "~/features/auth/auth.schema";
import {
  callAuth,
  countActiveSessions,
  refusalInit,
  requireUser,
  revokeAllSessions,
  withCookies,
} from "~/features/auth/index.server";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/home";

// The signed-in user's own account (the session's user, never a parameter).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  return {
    account: { name: user.name, email: user.email },
    sessions: await countActiveSessions(context.services.db, user.id),
    messages: pickMessages(request, ["auth", "auth.account"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  return handleForms(request, {
    // Through better-auth's update-user, so that its bounds (the same schema) apply once.
    name: formSpec({
      schema: AccountNameSchema,
      run: ({ name }) => callAuth(context, request, "/update-user", { name }),
      done: () =>
        redirectWithNotice(request, "/compte", {
          key: "auth.account.nameSaved",
          target: "identite",
        }),
      refused: (refusal, _input, reply) => data(reply, refusalInit(refusal)),
    }),
    password: formSpec({
      schema: ChangePasswordSchema,
      hideFields: ["currentPassword", "newPassword"],
      run: ({ currentPassword, newPassword }) =>
        callAuth(
          context,
          request,
          "/change-password",
          { currentPassword, newPassword, revokeOtherSessions: true },
          { password: "newPassword" },
        ),
      // better-auth opened a new session for this browser: its cookie comes along.
      done: (changed) =>
        redirectWithNotice(
          request,
          "/compte",
          { key: "auth.account.passwordChanged", target: "mot-de-passe" },
          { headers: withCookies(changed.setCookies) },
        ),
      refused: (refusal, _input, reply) => data(reply, refusalInit(refusal)),
    }),
    "sign-out-everywhere": formSpec({
      schema: SignOutEverywhereSchema,
      run: () =>
        revokeAllSessions({ db: context.services.db, actor: user, requestId: context.requestId }),
      done: () =>
        redirectWithNotice(request, "/connexion", { key: "auth.account.signedOutEverywhere" }),
    }),
  });
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { account, sessions } = loaderData;
  const [nameForm, nameFields] = useForm({
    id: "name",
    lastResult: actionData?.formId === "name" ? actionData.result : undefined,
    defaultValue: { name: account.name },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AccountNameSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [passwordForm, passwordFields] = useForm({
    id: "password",
    lastResult: actionData?.formId === "password" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const nameErrors = summaryErrors(nameForm.errors, [
    { field: nameFields.name, label: t("auth.field.name") },
  ]);
  const passwordErrors = summaryErrors(passwordForm.errors, [
    { field: passwordFields.currentPassword, label: t("auth.account.currentPassword") },
    { field: passwordFields.newPassword, label: t("auth.field.newPassword") },
  ]);
  return (
    <>
      <title>{`${t("auth.account.title")} – Digit'ESS`}</title>
      <h1>{t("auth.account.title")}</h1>
      <p>{t("auth.account.intro")}</p>

      <section aria-labelledby="identite">
        <h2 id="identite">{t("auth.account.identity")}</h2>
        <p>
          {t("auth.account.emailLabel")} : <strong>{account.email}</strong>
          <br />
          <span className="field-hint">{t("auth.account.emailFixed")}</span>
        </p>
        <ErrorSummary errors={nameErrors} />
        <Form method="post" className="form" {...getFormProps(nameForm)}>
          <input type="hidden" name="intent" value="name" />
          <Field
            id={nameFields.name.id}
            label={t("auth.field.name")}
            errors={nameFields.name.errors}
            inputProps={{
              ...getInputProps(nameFields.name, { type: "text" }),
              autoComplete: "name",
              required: true,
            }}
          />
          <button type="submit" className="button">
            {t("auth.account.saveName")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="mot-de-passe">
        <h2 id="mot-de-passe">{t("auth.account.password")}</h2>
        <ErrorSummary errors={passwordErrors} />
        <Form method="post" className="form" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="password" />
          <Field
            id={passwordFields.currentPassword.id}
            label={t("auth.account.currentPassword")}
            errors={passwordFields.currentPassword.errors}
            inputProps={{
              ...getInputProps(passwordFields.currentPassword, { type: "password" }),
              autoComplete: "current-password",
              required: true,
            }}
          />
          <Field
            id={passwordFields.newPassword.id}
            label={t("auth.field.newPassword")}
            hint={t("auth.field.passwordHint")}
            errors={passwordFields.newPassword.errors}
            inputProps={{
              ...getInputProps(passwordFields.newPassword, { type: "password" }),
              autoComplete: "new-password",
              required: true,
            }}
          />
          <button type="submit" className="button">
            {t("auth.account.changePassword")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="appareils">
        <h2 id="appareils">{t("auth.account.sessions")}</h2>
        <p>{t("auth.account.sessionsCount", { count: sessions })}</p>
        <p>{t("auth.account.sessionsHelp")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="sign-out-everywhere" />
          <button type="submit" className="button button-secondary">
            {t("auth.account.signOutEverywhere")}
          </button>
        </Form>
      </section>

      <ul className="account-links">
        <li>
          <Link to="/compte/notifications">{t("auth.account.notifications")}</Link>
        </li>
        <li>
          <Link to="/compte/donnees">{t("auth.account.personalData")}</Link>
        </li>
      </ul>
    </>
  );
}
