/**
 * /admin/comptes/suppression: an administrator finds an account by its address (a GET form),
 * sees what the deletion will do to each of its organisations (the member who joined first
 * takes over one left without owner), then confirms. Works without JavaScript.
 */
import { Form } from "react-router";
import type { Role } from "~/features/auth";
import { formatDay } from "~/platform/format/dates";
import { CheckboxField } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { useLocale, useT } from "~/ui/i18n";
import type { MembershipOutcome } from "../erasure";
import { fieldErrors, formError, type PrivacyReply } from "./form-reply";

export type AdminDeletePageData = {
  email: string;
  searchErrors: string[];
  notFound: boolean;
  found: {
    id: string;
    name: string;
    email: string;
    role: Role;
    createdAt: string;
    memberships: {
      organizationId: string;
      organizationName: string;
      outcome: MembershipOutcome["kind"];
      successorName: string | null;
    }[];
  } | null;
};

export function AdminDeletePage({
  data,
  reply,
}: {
  data: AdminDeletePageData;
  reply: PrivacyReply | null;
}) {
  const t = useT();
  const locale = useLocale();
  const confirmErrors = fieldErrors(reply, "confirm");
  const emailErrors = [...data.searchErrors, ...(fieldErrors(reply, "email") ?? [])];
  const whole = formError(reply);
  const summary = [
    ...emailErrors.map((message) => ({
      fieldId: "account-email",
      label: t("privacy.admin.email"),
      message,
    })),
    ...(confirmErrors ?? []).map((message) => ({ fieldId: "account-confirm", message })),
    ...(whole ? [{ message: whole }] : []),
  ];
  const found = data.found;
  return (
    <>
      <title>{`${t("privacy.admin.title")} – Digit'ESS`}</title>
      <h1>{t("privacy.admin.title")}</h1>
      <p>{t("privacy.admin.intro")}</p>
      <ErrorSummary errors={summary} />
      <Form method="get" className="form">
        <Field
          id="account-email"
          label={t("privacy.admin.email")}
          errors={emailErrors.length > 0 ? emailErrors : undefined}
          inputProps={{
            name: "email",
            type: "email",
            autoComplete: "off",
            defaultValue: data.email,
            required: true,
          }}
        />
        <div className="actions">
          <button type="submit" className="button button-secondary">
            {t("privacy.admin.search")}
          </button>
        </div>
      </Form>
      {data.notFound ? (
        <p className="empty-state" role="status">
          {t("privacy.admin.notFound", { email: data.email })}
        </p>
      ) : null}
      {found ? (
        <section aria-labelledby="found-heading">
          <h2 id="found-heading">{t("privacy.admin.found")}</h2>
          <dl className="summary-list">
            <dt>{t("privacy.admin.name")}</dt>
            <dd>{found.name}</dd>
            <dt>{t("privacy.admin.email")}</dt>
            <dd>{found.email}</dd>
            <dt>{t("privacy.admin.role")}</dt>
            <dd>{t(`role.${found.role}`)}</dd>
            <dt>{t("privacy.admin.createdAt")}</dt>
            <dd>{formatDay(found.createdAt, locale)}</dd>
          </dl>
          {found.memberships.length === 0 ? (
            <p>{t("privacy.admin.noOrganization")}</p>
          ) : (
            <ul>
              {found.memberships.map((m) => (
                <li key={m.organizationId}>
                  {m.outcome === "hand_over"
                    ? t("privacy.admin.handOver", {
                        successor: m.successorName ?? "",
                        organization: m.organizationName,
                      })
                    : m.outcome === "kept_without_owner"
                      ? t("privacy.admin.keptWithoutOwner", { organization: m.organizationName })
                      : t("privacy.admin.leaves", { organization: m.organizationName })}
                </li>
              ))}
            </ul>
          )}
          <Form method="post" className="form">
            <input type="hidden" name="userId" value={found.id} />
            <input type="hidden" name="email" value={found.email} />
            <CheckboxField
              id="account-confirm"
              label={t("privacy.admin.confirm")}
              errors={confirmErrors}
              inputProps={{ name: "confirm", value: "on", required: true }}
            />
            <div className="actions">
              <button type="submit" className="button button-danger">
                {t("privacy.admin.submit")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
