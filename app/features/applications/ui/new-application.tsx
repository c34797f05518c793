// /espace/candidatures/nouvelle: the programmes open to applications, each with a button that
// starts (or resumes) the organisation's draft. A POST, so that no draft is created by a link.
// A programme whose eligibility the structure's data definitely fails shows why and what to do
// instead of the button (issue 11); points to be checked are listed above the button.
import { Form, Link } from "react-router";
import { useT } from "~/ui/i18n";
import type { EligibilityNotice } from "../start-eligibility";
import { StartEligibility } from "./start-eligibility";

/** The programme choice. */
export function NewApplication({
  organizationName,
  programs,
  eligibility,
  refusal = null,
}: {
  organizationName: string;
  programs: { id: string; name: string; description: string }[];
  eligibility: readonly EligibilityNotice[];
  /** Why the last start was refused (a direct POST for a programme it cannot apply to). */
  refusal?: string | null;
}) {
  const t = useT();
  return (
    <>
      <title>{`${t("applications.new.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/espace/candidatures">{t("applications.list.title")}</Link>
      </p>
      <h1 className="application-title">{t("applications.new.title")}</h1>
      {refusal ? (
        <div className="notice" role="alert">
          {refusal}
        </div>
      ) : null}
      <p>{t("applications.new.intro", { organization: organizationName })}</p>
      {programs.length === 0 ? (
        <p className="empty-state">{t("applications.new.none")}</p>
      ) : (
        <ul className="program-choices">
          {programs.map((program) => {
            const notice = eligibility.find((n) => n.programId === program.id);
            return (
              <li key={program.id} className="program-choice">
                <h2>{program.name}</h2>
                {program.description ? <p>{program.description}</p> : null}
                {notice ? (
                  <StartEligibility notice={notice} source="profile" headingLevel={3} />
                ) : null}
                {notice?.eligible === false ? null : (
                  <>
                    <p>{t("applications.new.howLong")}</p>
                    <Form method="post">
                      <input type="hidden" name="programId" value={program.id} />
                      <button type="submit" className="button">
                        {t("applications.new.start")}
                        <span className="visually-hidden"> : {program.name}</span>
                      </button>
                    </Form>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
