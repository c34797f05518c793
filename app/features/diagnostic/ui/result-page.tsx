/**
 * The result of a diagnostic: global score and level, the radar chart with its table, the
 * recommended next step, each dimension's meaning and recommendations (priorities first), the
 * PDF download, and saving the result to an organisation.
 */
import { useEffect, useState } from "react";
import { Form, Link } from "react-router";
import { formatDay } from "~/platform/format/dates";
import { SelectField } from "~/ui/controls";
import { useLocale, useT } from "~/ui/i18n";
import { Notice, useFlashNotice } from "~/ui/notice";
import { applyForSupportPath, diagnosticPaths, supportPointsUrl } from "../links";
import type { RecommendedLevel } from "../next-step";
import type { Recommendation } from "../recommendations";
import type { DimensionView, ResultView } from "../result-view";
import { RadarChart } from "./radar-chart";
import { ResumeLink } from "./resume-link";

/** What the page offers for saving the result, depending on who is looking. */
export type SaveOption =
  | { readonly kind: "saved"; readonly organizationName: string }
  | {
      readonly kind: "member";
      readonly organizations: readonly { readonly id: string; readonly name: string }[];
    }
  | { readonly kind: "no_organization"; readonly registerHref: string }
  | { readonly kind: "visitor" };

export interface ResultPageProps {
  readonly view: ResultView;
  readonly completedAt: string;
  readonly pdfHref: string;
  /** The secret link, shown while the result is not saved to an organisation. */
  readonly resumeUrl: string | null;
  readonly save: SaveOption;
}

const levelKeys = {
  diagnostic: "diagnostic.level.diagnostic",
  scoping: "diagnostic.level.scoping",
  production: "diagnostic.level.production",
} as const satisfies Record<RecommendedLevel, string>;

/** Where the notice "saved to the organisation" shows (the target of its redirect). */
export const savedNoticeTarget = "diagnostic-saved";

/** The whole result page. */
export function ResultPage(props: ResultPageProps) {
  const t = useT();
  const locale = useLocale();
  const { view, save } = props;
  const saved = useFlashNotice(savedNoticeTarget);
  return (
    <article className="diagnostic-result">
      <title>{`${t("diagnostic.result.title")} – Digit'ESS`}</title>
      <h1>{t("diagnostic.result.title")}</h1>
      {saved ? (
        <div id={savedNoticeTarget}>
          <Notice tone="success">
            {saved.text} <Link to={diagnosticPaths.space}>{t("diagnostic.result.savedLink")}</Link>
          </Notice>
        </div>
      ) : null}
      <p>
        {t("diagnostic.result.completedOn", {
          date: formatDay(props.completedAt, locale),
          version: view.version,
        })}
        {save.kind === "saved" ? (
          <>
            <br />
            {t("diagnostic.result.organization", { name: save.organizationName })}
          </>
        ) : null}
      </p>

      <div className="actions no-print">
        <a href={props.pdfHref} className="button" download>
          {t("diagnostic.result.download")}
        </a>
        <PrintButton />
      </div>
      <p className="field-hint no-print">{t("diagnostic.result.printHint")}</p>

      <section aria-labelledby="global-heading" className="diagnostic-global">
        <h2 id="global-heading">{t("diagnostic.result.globalHeading")}</h2>
        <p className="diagnostic-global-score">
          {t("diagnostic.result.globalScore", { score: view.globalScore })}
        </p>
        <p className="diagnostic-global-level">
          {t("diagnostic.result.levelLabel")} <span lang="fr">{view.levelLabel}</span>
        </p>
        <p lang="fr">{view.levelDescription}</p>
      </section>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t("diagnostic.result.chartHeading")}</h2>
        <RadarChart items={view.dimensions} />
      </section>

      <section aria-labelledby="next-step-heading" className="diagnostic-next-step">
        <h2 id="next-step-heading">{t("diagnostic.result.nextStepHeading")}</h2>
        <p className="diagnostic-next-step-level">
          {t("diagnostic.result.nextStepLevel", { level: t(levelKeys[view.nextStep.level]) })}
        </p>
        <p lang="fr">{view.nextStep.reason}</p>
        <p className="no-print">
          <Link to={applyForSupportPath(view.nextStep.level)} className="button">
            {t("diagnostic.result.nextStepApply")}
          </Link>
        </p>
        <p>
          {t("diagnostic.result.nextStepNetwork")}{" "}
          <a href={supportPointsUrl} hrefLang="fr">
            {t("diagnostic.result.networkLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">{t("diagnostic.result.dimensionsHeading")}</h2>
        <p>{t("diagnostic.result.dimensionsIntro")}</p>
        {view.adviceOrder.map((dimension) => (
          <DimensionAdvice key={dimension.id} dimension={dimension} />
        ))}
      </section>

      <p className="no-print">
        <Link to={diagnosticPaths.intro} className="button button-secondary">
          {t("diagnostic.result.retake")}
        </Link>
      </p>

      <SaveSection {...props} />
      {props.resumeUrl && save.kind !== "saved" ? (
        <div className="no-print">
          <ResumeLink url={props.resumeUrl} />
        </div>
      ) : null}
    </article>
  );
}

/** One dimension: score, what it means, and its recommendations. */
function DimensionAdvice({ dimension }: { dimension: DimensionView }) {
  const t = useT();
  const headingId = `dimension-${dimension.id}`;
  return (
    <section aria-labelledby={headingId} className="diagnostic-dimension">
      <h3 id={headingId}>
        <span lang="fr">{dimension.title}</span>
        {dimension.priority ? (
          <span className="diagnostic-priority"> – {t("diagnostic.result.priority")}</span>
        ) : null}
      </h3>
      <p className="diagnostic-dimension-score">
        {dimension.score === null
          ? t("diagnostic.result.noScore")
          : t("diagnostic.result.dimensionScore", { score: dimension.score })}
      </p>
      {dimension.summary ? <p lang="fr">{dimension.summary}</p> : null}
      {dimension.recommendations.length > 0 ? (
        <>
          <h4 className="diagnostic-recommendations-heading">
            {t("diagnostic.result.recommendationsHeading")}
          </h4>
          <ul className="prose-list">
            {dimension.recommendations.map((recommendation) => (
              <li key={recommendation.text}>
                <RecommendationItem recommendation={recommendation} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A recommendation and, when it has one, its link. */
function RecommendationItem({ recommendation }: { recommendation: Recommendation }) {
  const t = useT();
  const link = recommendation.link;
  return (
    <>
      <span lang="fr">{recommendation.text}</span>
      {link?.kind === "resource" ? (
        <>
          {" "}
          <a href={link.url} hrefLang="fr">
            {t("diagnostic.result.resourceLink", { title: link.title })}
          </a>
        </>
      ) : null}
      {link?.kind === "support_level" ? (
        <>
          {" "}
          <Link to={applyForSupportPath(link.level)}>
            {t("diagnostic.result.supportLink", { level: t(levelKeys[link.level]) })}
          </Link>
        </>
      ) : null}
    </>
  );
}

/** A "Print" button, shown only once JavaScript runs (the hint below covers the rest). */
function PrintButton() {
  const t = useT();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="button button-secondary" onClick={() => window.print()}>
      {t("diagnostic.result.print")}
    </button>
  );
}

/** Saving the result to an organisation: form, sign-up invitation, or what to do first. */
function SaveSection(props: ResultPageProps) {
  const t = useT();
  const { save } = props;
  if (save.kind === "saved") return null;
  return (
    <section aria-labelledby="save-heading" className="diagnostic-save no-print">
      <h2 id="save-heading">{t("diagnostic.result.saveHeading")}</h2>
      <p>{t("diagnostic.result.saveIntro")}</p>
      {save.kind === "member" ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="attach" />
          {save.organizations.length === 1 ? (
            <input type="hidden" name="organizationId" value={save.organizations[0]?.id} />
          ) : (
            <SelectField
              id="save-organization"
              label={t("diagnostic.result.saveChoose")}
              options={save.organizations.map(({ id, name }) => ({ value: id, label: name }))}
              selectProps={{ name: "organizationId" }}
            />
          )}
          <button type="submit" className="button">
            {t("diagnostic.result.saveToOrganization")}
          </button>
        </Form>
      ) : null}
      {save.kind === "no_organization" ? (
        <>
          <p>{t("diagnostic.result.saveNoOrganization")}</p>
          <p>
            <Link to={save.registerHref} className="button">
              {t("diagnostic.result.saveCreateOrganization")}
            </Link>
          </p>
        </>
      ) : null}
      {save.kind === "visitor" ? (
        <div className="actions">
          <Form method="post">
            <input type="hidden" name="intent" value="sign-up" />
            <button type="submit" className="button">
              {t("diagnostic.result.saveSignUp")}
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="sign-in" />
            <button type="submit" className="button button-secondary">
              {t("diagnostic.result.saveSignIn")}
            </button>
          </Form>
        </div>
      ) : null}
    </section>
  );
}
