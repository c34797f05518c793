// /espace/candidatures/nouvelle: the programmes open to applications, each with a button that
// starts (or resumes) the organisation's draft. A POST, so that no draft is created by a link.
// A programme whose eligibility the structure's data definitely fails shows why and what to do
// instead of the button (issue 11); points to be checked are listed above the button. Opened from
// the next level's invitation (`?suite=`, issue 15), it says which earlier application the new one
// is prefilled from, and each form carries it in a hidden field (no JavaScript needed).
import { Form, Link } from "react-router";
import { useT } from "~/ui/i18n";
import type { EligibilityNotice } from "../start-eligibility";
import { StartEligibility } from "./start-eligibility";

/** The programme choice. */
export function NewApplication({
  organizationName,
  programs,
  eligibility,
  followUp = null,
  refusal = null,
}: {
  organizationName: string;
  programs: { id: string; name: string; description: string }[];
  eligibility: readonly EligibilityNotice[];
  /** The earlier application the new one starts from (the next level's invitation), if any. */
  followUp?: { applicationId: string; number: string; nextLevel: string | null } | null;
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
      {followUp ? (
        <section className="notice" aria-labelledby="follow-up-title">
          <h2 id="follow-up-title">
            {t("applications.new.followUp.title", { number: followUp.number })}
          </h2>
          <p>{t("applications.new.followUp.body", { number: followUp.number })}</p>
          {followUp.nextLevel ? (
            <p>{t("applications.new.followUp.level", { level: followUp.nextLevel })}</p>
          ) : null}
          <p>{t("applications.new.followUp.again")}</p>
        </section>
      ) : null}
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
                      {followUp ? (
                        <input type="hidden" name="suite" value={followUp.applicationId} />
                      ) : null}
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
