/**
 * A programme's public home page: what it offers (levels and rates), who can apply, how it
 * works, where the antennas are, the FAQ and the calls to action. Plain HTML: the FAQ uses
 * <details>, so everything works without JavaScript.
 */
import { Link } from "react-router";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { PublicProgramme } from "../public-config";
import type { ProgrammeLinks } from "./links";
import { CeilingNote, RateRange } from "./rates";
import { coversAllFrance, departementLabel } from "./territory";

const faqKeys = [
  ["programs.faq.when.q", "programs.faq.when.a"],
  ["programs.faq.cost.q", "programs.faq.cost.a"],
  ["programs.faq.several.q", "programs.faq.several.a"],
  ["programs.faq.company.q", "programs.faq.company.a"],
  ["programs.faq.legalForm.q", "programs.faq.legalForm.a"],
  ["programs.faq.decision.q", "programs.faq.decision.a"],
] as const;

const stepKeys = [
  "programs.home.step.apply",
  "programs.home.step.review",
  "programs.home.step.committee",
  "programs.home.step.support",
  "programs.home.step.feedback",
] as const;

/** The three calls to action. */
export function CallsToAction({ links }: { links: ProgrammeLinks }) {
  const t = useT();
  return (
    <ul className="actions cta-list">
      <li>
        <Link to={links.eligibility} className="button">
          {t("programs.cta.eligibility")}
        </Link>
      </li>
      <li>
        <Link to={links.diagnostic} className="button button-secondary">
          {t("programs.cta.diagnostic")}
        </Link>
      </li>
      <li>
        <Link to={links.apply} className="button button-secondary">
          {t("programs.cta.apply")}
        </Link>
      </li>
    </ul>
  );
}

/** The whole home page of one programme. */
export function ProgrammeHome({
  programme,
  links,
}: {
  programme: PublicProgramme;
  links: ProgrammeLinks;
}) {
  const t = useT();
  const { eligibility } = programme;
  const cadence = t(`programs.cadence.inSentence.${programme.committeeCadence}`);
  return (
    <>
      <title>{`${programme.name} – ${t("programs.home.metaTitle")}`}</title>
      <meta name="description" content={t("programs.home.metaDescription")} />
      <h1>{t("programs.home.title", { name: programme.name })}</h1>
      <p className="lead">{programme.description}</p>
      {programme.status === "open" ? (
        <Notice>{t("programs.home.open")}</Notice>
      ) : (
        <Notice>{t("programs.home.closed")}</Notice>
      )}
      <CallsToAction links={links} />

      <section aria-labelledby="offre">
        <h2 id="offre">{t("programs.home.offer.title")}</h2>
        {programme.levels.length === 0 ? (
          <p className="empty-state">{t("programs.home.offer.empty")}</p>
        ) : (
          <ul className="level-list">
            {programme.levels.map((level) => (
              <li key={level.kind} className="level-card">
                <h3>{level.label}</h3>
                <p>{level.description}</p>
                <p className="level-rate">
                  <RateRange min={level.minRatePercent} max={level.maxRatePercent} />{" "}
                  <CeilingNote ceilingCents={level.costCeilingCents} />
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>{t("programs.home.offer.several")}</p>
        <p>
          <Link to={links.simulator}>{t("programs.home.offer.simulate")}</Link>
        </p>
      </section>

      <section aria-labelledby="qui">
        <h2 id="qui">{t("programs.home.who.title")}</h2>
        <ul className="prose-list">
          <li>
            {eligibility.esusAccepted
              ? t("programs.home.who.essWithEsus")
              : t("programs.home.who.ess")}
          </li>
          {eligibility.minimumAgeYears > 0 ? (
            <li>{t("programs.home.who.age", { years: eligibility.minimumAgeYears })}</li>
          ) : null}
          {programme.axes.length > 0 ? (
            <li>
              {t("programs.home.who.axes")}
              <ul className="prose-list">
                {programme.axes.map((axis) => (
                  <li key={axis.code}>{axis.label}</li>
                ))}
              </ul>
            </li>
          ) : null}
          <li>
            {coversAllFrance(programme.territories)
              ? t("programs.home.who.allFrance")
              : t("programs.home.who.territory", {
                  departements: programme.territories.map(departementLabel).join(", "),
                })}
          </li>
        </ul>
        <p>
          <Link to={links.eligibility}>{t("programs.home.who.check")}</Link>
        </p>
      </section>

      <section aria-labelledby="etapes">
        <h2 id="etapes">{t("programs.home.how.title")}</h2>
        <ol className="steps">
          {stepKeys.map((key) => (
            <li key={key}>{t(key, { cadence })}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="antennes">
        <h2 id="antennes">{t("programs.home.antennas.title")}</h2>
        {programme.antennas.length === 0 ? (
          <p className="empty-state">{t("programs.home.antennas.empty")}</p>
        ) : (
          <>
            <p>{t("programs.home.antennas.intro")}</p>
            <ul className="antenna-list">
              {programme.antennas.map((antenna) => (
                <li key={antenna.name} className="antenna-card">
                  <h3>{antenna.name}</h3>
                  <p>{t("programs.home.antennas.city", { city: antenna.city })}</p>
                  <p>
                    {t("programs.home.antennas.departements", {
                      departements: antenna.departements.map(departementLabel).join(", "),
                    })}
                  </p>
                  {antenna.contactEmail || antenna.contactPhone ? (
                    <p>
                      {antenna.contactEmail ? (
                        <a href={`mailto:${antenna.contactEmail}`}>{antenna.contactEmail}</a>
                      ) : null}
                      {antenna.contactEmail && antenna.contactPhone ? <br /> : null}
                      {antenna.contactPhone ? (
                        <a href={`tel:${antenna.contactPhone.replace(/[^+0-9]/g, "")}`}>
                          {antenna.contactPhone}
                        </a>
                      ) : null}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {programme.funders.length > 0 ? (
        <section aria-labelledby="financeurs">
          <h2 id="financeurs">{t("programs.home.funders.title")}</h2>
          <ul className="prose-list">
            {programme.funders.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="faq">
        <h2 id="faq">{t("programs.faq.title")}</h2>
        {faqKeys.map(([question, answer]) => (
          <details key={question} className="faq-item">
            <summary>{t(question)}</summary>
            <p>{t(answer, { years: eligibility.minimumAgeYears, cadence })}</p>
          </details>
        ))}
      </section>

      <section aria-labelledby="commencer">
        <h2 id="commencer">{t("programs.home.start.title")}</h2>
        <CallsToAction links={links} />
      </section>
    </>
  );
}
