/** A confirmation page before an action that cannot be undone alone (leave, remove, transfer). */
import { Form, Link } from "react-router";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";

type ConfirmPageProps = {
  title: string;
  body: string;
  submitLabel: string;
  /** Why the action cannot be done (shown instead of the button), or why it was refused: text. */
  refusal?: string | null;
};

/** The question, what it implies, "yes" (a POST form) and "no" (back to the members). */
export function ConfirmPage({ title, body, submitLabel, refusal }: ConfirmPageProps) {
  const t = useT();
  return (
    <>
      <title>{`${title} – Digit'ESS`}</title>
      <h1>{title}</h1>
      {refusal ? <Notice>{refusal}</Notice> : <p>{body}</p>}
      <div className="actions">
        {refusal ? null : (
          <Form method="post">
            <button type="submit" className="button button-danger">
              {submitLabel}
            </button>
          </Form>
        )}
        <Link to="/espace/membres" className="button button-secondary">
          {t("organizations.confirm.cancel")}
        </Link>
      </div>
    </>
  );
}
