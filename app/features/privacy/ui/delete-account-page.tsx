/**
 * /compte/suppression: what deleting the account erases and keeps, what happens to each of the
 * person's organisations (a last owner with members is asked to hand over first, with the link
 * to do it), then the password and a confirmation box. Works without JavaScript.
 */
import { Form, Link } from "react-router";
import { CheckboxField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { useT } from "~/ui/i18n";
import type { MembershipOutcome } from "../erasure";
import { durationText } from "./durations";
import { fieldErrors, formError, type PrivacyReply } from "./form-reply";

export type DeleteAccountPageData = {
  auditYears: number;
  memberships: {
    organizationId: string;
    organizationName: string;
    outcome: MembershipOutcome["kind"];
  }[];
};

const erased = [
  "identity",
  "signIn",
  "memberships",
  "preferences",
  "exports",
  "diagnostics",
] as const;

export function DeleteAccountPage({
  data,
  reply,
}: {
  data: DeleteAccountPageData;
  reply: PrivacyReply | null;
}) {
  const t = useT();
  const blocked = data.memberships.filter((m) => m.outcome === "must_hand_over");
  const passwordErrors = fieldErrors(reply, "password");
  const confirmErrors = fieldErrors(reply, "confirm");
  const whole = formError(reply);
  const summary = [
    ...(passwordErrors ?? []).map((message) => ({
      fieldId: "delete-password",
      label: t("privacy.delete.password"),
      message,
    })),
    ...(confirmErrors ?? []).map((message) => ({ fieldId: "delete-confirm", message })),
    ...(whole ? [{ message: whole }] : []),
  ];
  return (
    <>
      <title>{`${t("privacy.delete.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/compte/donnees">{t("privacy.account.title")}</Link>
      </p>
      <h1>{t("privacy.delete.title")}</h1>
      <p>{t("privacy.delete.intro")}</p>
      <ErrorSummary errors={summary} />

      <h2>{t("privacy.delete.erasedTitle")}</h2>
      <ul>
        {erased.map((item) => (
          <li key={item}>{t(`privacy.delete.erased.${item}`)}</li>
        ))}
      </ul>
      <h2>{t("privacy.delete.keptTitle")}</h2>
      <ul>
        <li>{t("privacy.delete.kept.applications")}</li>
        <li>
          {t("privacy.delete.kept.audit", { duration: durationText(t, "year", data.auditYears) })}
        </li>
      </ul>

      {data.memberships.length > 0 ? (
        <section aria-labelledby="organizations-heading">
          <h2 id="organizations-heading">{t("privacy.delete.organizationsTitle")}</h2>
          <ul>
            {data.memberships.map((m) => (
              <li key={m.organizationId}>
                {m.outcome === "must_hand_over" ? (
                  <>
                    {t("privacy.delete.mustHandOver", { organization: m.organizationName })}{" "}
                    <Link to={`/espace/membres?structure=${m.organizationId}`}>
                      {t("privacy.delete.manageMembers", { organization: m.organizationName })}
                    </Link>
                  </>
                ) : m.outcome === "kept_without_owner" ? (
                  t("privacy.delete.keptWithoutOwner", { organization: m.organizationName })
                ) : (
                  t("privacy.delete.leaves", { organization: m.organizationName })
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {blocked.length === 0 ? (
        <Form method="post" className="form">
          <Field
            id="delete-password"
            label={t("privacy.delete.password")}
            hint={t("privacy.delete.passwordHint")}
            errors={passwordErrors}
            inputProps={{
              name: "password",
              type: "password",
              autoComplete: "current-password",
              required: true,
            }}
          />
          <CheckboxField
            id="delete-confirm"
            label={t("privacy.delete.confirm")}
            errors={confirmErrors}
            inputProps={{ name: "confirm", value: "on", required: true }}
          />
          <div className="actions">
            <button type="submit" className="button button-danger">
              {t("privacy.delete.submit")}
            </button>
            <Link to="/compte/donnees" className="button button-secondary">
              {t("privacy.delete.cancel")}
            </Link>
          </div>
        </Form>
      ) : null}
    </>
  );
}
