// /espace/candidatures/nouvelle: the programmes open to applications, each with a button that
// starts (or resumes) the organisation's draft. A POST, so that no draft is created by a link.
import { Form, Link } from "react-router";
import { useT } from "~/ui/i18n";

/** The programme choice. */
export function NewApplication({
  organizationName,
  programs,
}: {
  organizationName: string;
  programs: { id: string; name: string; description: string }[];
}) {
  const t = useT();
  return (
    <>
      <title>{`${t("applications.new.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/espace/candidatures">{t("applications.list.title")}</Link>
      </p>
      <h1 className="application-title">{t("applications.new.title")}</h1>
      <p>{t("applications.new.intro", { organization: organizationName })}</p>
      {programs.length === 0 ? (
        <p className="empty-state">{t("applications.new.none")}</p>
      ) : (
        <ul className="program-choices">
          {programs.map((program) => (
            <li key={program.id} className="program-choice">
              <h2>{program.name}</h2>
              {program.description ? <p>{program.description}</p> : null}
              <p>{t("applications.new.howLong")}</p>
              <Form method="post">
                <input type="hidden" name="programId" value={program.id} />
                <button type="submit" className="button">
                  {t("applications.new.start")}
                  <span className="visually-hidden"> : {program.name}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
