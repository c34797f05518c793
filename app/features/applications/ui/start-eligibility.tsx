// What a structure is told before it applies (issue 11), on its space, on "Déposer une
// candidature" and on step 1: why it cannot apply to a programme (the eligibility check's own
// sentences and date) and what it can do meanwhile, or the points the team will check.
import { useId } from "react";
import { Link } from "react-router";
import { formatCalendarDate } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import type { EligibilityNotice } from "../start-eligibility";

type Props = {
  notice: EligibilityNotice;
  /** Where it is shown: the data comes from the profile, or from the step being filled. */
  source: "profile" | "step";
  /** The level of its heading in the page's outline. */
  headingLevel?: 2 | 3;
  /** Whether the points to check are shown (a step asks them in its own form). */
  showToCheck?: boolean;
};

/** The early eligibility of one programme; nothing when the structure meets every criterion. */
export function StartEligibility({ notice, source, headingLevel = 2, showToCheck = true }: Props) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (notice.eligible === true || (notice.eligible === null && !showToCheck)) return null;
  if (notice.eligible === null) {
    if (notice.reasons.length === 0) return null;
    return (
      <section className="eligibility-early to-check" aria-labelledby={headingId}>
        <Heading id={headingId}>
          {t("applications.eligibility.toCheckTitle", { program: notice.programName })}
        </Heading>
        <ul>
          {notice.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p>{notice.nextStep}</p>
      </section>
    );
  }
  const title = notice.eligibleFrom
    ? "applications.eligibility.notYetTitle"
    : "applications.eligibility.notEligibleTitle";
  return (
    <section className="eligibility-early not-met" aria-labelledby={headingId}>
      <Heading id={headingId}>{t(title, { program: notice.programName })}</Heading>
      <p>
        {t(
          source === "step"
            ? "applications.eligibility.becauseStep"
            : "applications.eligibility.because",
        )}
      </p>
      <ul>
        {notice.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>{notice.nextStep}</p>
      <p>{t("applications.eligibility.meanwhile")}</p>
      <ul>
        {notice.eligibleFrom ? (
          <li>
            {t("applications.eligibility.comeBack", {
              date: formatCalendarDate(notice.eligibleFrom, locale),
            })}
          </li>
        ) : null}
        {notice.esusWouldHelp ? <li>{t("applications.eligibility.esus")}</li> : null}
        <li>
          <Link to="/diagnostic">{t("applications.eligibility.diagnostic")}</Link>
          {t("applications.eligibility.diagnosticHint")}
        </li>
        {source === "step" ? (
          <li>{t("applications.eligibility.fixStep")}</li>
        ) : (
          <li>
            <Link to="/espace/structure">{t("applications.eligibility.fixProfile")}</Link>
            {t("applications.eligibility.fixProfileHint")}
          </li>
        )}
      </ul>
    </section>
  );
}

/** Every programme's early eligibility, one after the other. */
export function StartEligibilityList({
  notices,
  headingLevel = 2,
}: {
  notices: readonly EligibilityNotice[];
  headingLevel?: 2 | 3;
}) {
  return (
    <>
      {notices.map((notice) => (
        <StartEligibility
          key={notice.programId}
          notice={notice}
          source="profile"
          headingLevel={headingLevel}
        />
      ))}
    </>
  );
}
