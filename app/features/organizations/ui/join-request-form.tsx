/**
 * Shown when the organisation being registered exists already: one organisation, one space, so
 * the applicant asks its owners to let them in, with an optional message.
 */
import { Form } from "react-router";
import { TextareaField } from "~/ui/controls";
import { useT } from "~/ui/i18n";

type JoinRequestFormProps = {
  organization: { id: string; name: string };
  /** A catalogue key when the request was refused (already pending, already a member). */
  error?: string | null;
};

/** The "this organisation is already registered" panel with its join form. */
export function JoinRequestForm({ organization, error }: JoinRequestFormProps) {
  const t = useT();
  return (
    <section aria-labelledby="deja-inscrite" className="duplicate-panel" tabIndex={-1}>
      <h2 id="deja-inscrite">{t("organizations.duplicate.title")}</h2>
      <p>{t("organizations.duplicate.body", { name: organization.name })}</p>
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="join" />
        <input type="hidden" name="organizationId" value={organization.id} />
        <TextareaField
          id="join-message"
          label={t("organizations.join.message")}
          hint={t("organizations.join.messageHint")}
          errors={error ? [error] : undefined}
          textareaProps={{ name: "message", maxLength: 500 }}
        />
        <button type="submit" className="button">
          {t("organizations.join.submitNamed", { name: organization.name })}
        </button>
      </Form>
    </section>
  );
}
