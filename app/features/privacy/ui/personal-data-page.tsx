/**
 * /donnees-personnelles: what is collected, why, for how long (the periods this installation
 * is configured with, sent by the loader), and the visitor's rights, with the way to their own
 * data when they are signed in.
 */
import { Link } from "react-router";
import { useT } from "~/ui/i18n";
import type { RetentionPolicy } from "../retention";
import { durationText } from "./durations";

export type PersonalDataPageData = { policy: RetentionPolicy; signedIn: boolean };

const collected = ["account", "organization", "applications", "diagnostics", "technical"] as const;

export function PersonalDataPage({ data }: { data: PersonalDataPageData }) {
  const t = useT();
  const { policy } = data;
  return (
    <>
      <title>{`${t("privacy.page.title")} – Digit'ESS`}</title>
      <h1>{t("privacy.page.title")}</h1>
      <p>{t("privacy.page.intro")}</p>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t("privacy.page.whatTitle")}</h2>
        <ul>
          {collected.map((item) => (
            <li key={item}>{t(`privacy.page.what.${item}`)}</li>
          ))}
        </ul>
        <p>{t("privacy.page.basis")}</p>
      </section>
      <section aria-labelledby="how-long-heading">
        <h2 id="how-long-heading">{t("privacy.page.howLongTitle")}</h2>
        <ul>
          <li>{t("privacy.page.howLong.account")}</li>
          <li>
            {t("privacy.page.howLong.anonymousDiagnostic", {
              duration: durationText(t, "day", policy.anonymousDiagnosticDays),
            })}
          </li>
          <li>
            {t("privacy.page.howLong.drafts", {
              duration: durationText(t, "month", policy.draftMonths),
            })}
          </li>
          <li>{t("privacy.page.howLong.submitted")}</li>
          <li>
            {t("privacy.page.howLong.closedFiles", {
              duration: durationText(t, "year", policy.closedApplicationFilesYears),
            })}
          </li>
          <li>
            {t("privacy.page.howLong.exports", {
              duration: durationText(t, "day", policy.exportDays),
            })}
          </li>
          <li>
            {t("privacy.page.howLong.audit", {
              duration: durationText(t, "year", policy.auditYears),
            })}
          </li>
          <li>{t("privacy.page.howLong.sessions")}</li>
        </ul>
      </section>
      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">{t("privacy.page.rightsTitle")}</h2>
        <p>{t("privacy.page.rights")}</p>
        {data.signedIn ? (
          <p>
            <Link to="/compte/donnees">{t("privacy.page.accountLink")}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
