// /espace/candidatures/:id/retrait: the confirmation before withdrawing an application.
import { Form, Link } from "react-router";
import { TextareaField } from "~/ui/controls";
import { useT } from "~/ui/i18n";

/** The confirmation page. */
export function WithdrawPage({
  applicationId,
  number,
}: {
  applicationId: string;
  number: string | null;
}) {
  const t = useT();
  const label = number
    ? t("applications.list.numbered", { number })
    : t("applications.follow.draftTitle");
  return (
    <>
      <title>{`${t("applications.withdraw.title")} – Digit'ESS`}</title>
      <h1 className="application-title">{t("applications.withdraw.title")}</h1>
      <p>{t("applications.withdraw.question", { application: label })}</p>
      <p>{t("applications.withdraw.consequence")}</p>
      <Form method="post" className="form">
        <TextareaField
          id="withdraw-reason"
          label={t("applications.withdraw.reason")}
          hint={t("applications.withdraw.reasonHint")}
          textareaProps={{ name: "reason", maxLength: 2000 }}
        />
        <div className="actions">
          <button type="submit" className="button button-danger">
            {t("applications.withdraw.confirm")}
          </button>
          <Link to={`/espace/candidatures/${applicationId}`} className="button button-secondary">
            {t("applications.withdraw.cancel")}
          </Link>
        </div>
      </Form>
    </>
  );
}
