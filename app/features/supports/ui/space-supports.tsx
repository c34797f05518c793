// What a structure sees of its supports on its application's page: each level granted, where it
// stands (a progress bar and its step), with whom, and, while it waits, its place in the
// antenna's queue and an estimated start date (an estimate, said so); once closed, the answer
// the structure gave to the feedback survey, or that the survey was sent.
import { formatDay } from "~/platform/format/dates";
import { formatEuros } from "~/platform/format/money";
import { useLocale, useT } from "~/ui/i18n";
import type { ApplicationSupport } from "../pages.server";
import { progressOf } from "../support-state";
import { FeedbackAnswers } from "./feedback-answers";

export function SpaceSupports({ supports }: { supports: readonly ApplicationSupport[] }) {
  const t = useT();
  const locale = useLocale();
  if (supports.length === 0) return null;
  return (
    <section aria-labelledby="space-supports-title" className="support-section">
      <h2 id="space-supports-title">{t("supports.space.title")}</h2>
      <p>{t("supports.space.intro")}</p>
      <ul className="support-list">
        {supports.map((support) => {
          const progress = progressOf(support.status, support.milestones);
          const level = t(`supports.level.${support.levelKind}` as never);
          return (
            <li key={support.id}>
              <p className="support-heading">
                {level}{" "}
                <span className={`support-status support-status-${support.status}`}>
                  {t(`supports.status.${support.status}`)}
                </span>
              </p>
              {progress.kind === "steps" ? (
                <p>
                  <label htmlFor={`space-progress-${support.id}`}>
                    {t("supports.progress.label", { step: progress.step, of: progress.of })}{" "}
                    {t(`supports.progress.step.${progress.label}`)}
                  </label>{" "}
                  <progress
                    id={`space-progress-${support.id}`}
                    className="support-progress"
                    max={100}
                    value={progress.percent}
                  >
                    {progress.percent} %
                  </progress>
                </p>
              ) : null}
              <p>
                {t("supports.space.who", {
                  antenna: support.antennaName ?? t("supports.noAntenna"),
                  consultant: support.consultantName
                    ? t("supports.space.consultant", { name: support.consultantName })
                    : "",
                })}
              </p>
              {support.place ? (
                <p>
                  {support.place.canStartNow
                    ? t("supports.space.canStart")
                    : t("supports.space.waiting", {
                        position: support.place.position,
                        length: support.place.queueLength,
                      })}{" "}
                  {support.place.estimatedStartOn
                    ? t("supports.space.estimate", {
                        date: formatDay(`${support.place.estimatedStartOn}T12:00:00Z`, locale),
                      })
                    : null}
                </p>
              ) : null}
              {support.status === "closed" ? (
                support.feedback ? (
                  <details className="support-feedback">
                    <summary>
                      {t("supports.space.feedback", {
                        date: formatDay(support.feedback.answeredAt, locale),
                      })}
                    </summary>
                    <FeedbackAnswers answer={support.feedback} />
                  </details>
                ) : (
                  <p>{t("supports.space.feedbackAsked")}</p>
                )
              ) : null}
              <p>
                {t("supports.space.money", {
                  share: formatEuros(support.shareCents, locale),
                  cost: formatEuros(support.costCents, locale),
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
