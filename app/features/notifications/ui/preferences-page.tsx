/**
 * /compte/notifications: the signed-in user's choice, per kind of event of their role, between an
 * e-mail at once, a daily summary or nothing; the required mails are listed as not optional. A
 * plain form of radio groups: works without JavaScript, keyboard-usable, fits 320 px.
 */
import type { SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import { ChoiceGroup } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { useT } from "~/ui/i18n";
import { type Delivery, deliveries, type NotificationKind } from "../kinds";

export type PreferencesPageData = {
  choices: { kind: NotificationKind; delivery: Delivery }[];
};

export type PreferencesReply = { formId: string; result: SubmissionResult<string[]> };

const requiredMails = ["account", "acknowledgement", "decision", "invitation"] as const;

export function PreferencesPage({
  data,
  reply,
}: {
  data: PreferencesPageData;
  reply: PreferencesReply | null;
}) {
  const t = useT();
  const errors = reply?.result.error ?? {};
  const summary = data.choices.flatMap(({ kind }) =>
    (errors[kind] ?? []).map((message) => ({
      fieldId: `notification-${kind}`,
      label: t(`notifications.kind.${kind}`),
      message,
    })),
  );
  return (
    <>
      <title>{`${t("notifications.page.title")} – Digit'ESS`}</title>
      <h1>{t("notifications.page.title")}</h1>
      {data.choices.length === 0 ? (
        <p className="empty-state">{t("notifications.page.none")}</p>
      ) : (
        <>
          <p>{t("notifications.page.intro")}</p>
          <ErrorSummary errors={summary} />
          <Form method="post" className="form">
            {data.choices.map(({ kind, delivery }) => (
              <ChoiceGroup
                key={kind}
                id={`notification-${kind}`}
                type="radio"
                name={kind}
                legend={t(`notifications.kind.${kind}`)}
                errors={errors[kind] ?? undefined}
                defaultValue={delivery}
                options={deliveries.map((value) => ({
                  value,
                  label: t(`notifications.delivery.${value}`),
                }))}
              />
            ))}
            <div className="actions">
              <button type="submit" className="button">
                {t("notifications.page.save")}
              </button>
            </div>
          </Form>
        </>
      )}
      <section aria-labelledby="required-heading">
        <h2 id="required-heading">{t("notifications.page.required")}</h2>
        <p>{t("notifications.page.requiredIntro")}</p>
        <ul>
          {requiredMails.map((mail) => (
            <li key={mail}>{t(`notifications.required.${mail}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
