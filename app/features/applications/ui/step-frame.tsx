// The frame of every step page: title, "Étape n sur 6", the progress indicator (an ordered list,
// the current step marked with aria-current, reached steps as links, each step's real state
// for screen readers: complete, or how many points are left to complete) and the page's content.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useT } from "~/ui/i18n";
import { STEP_COUNT, SUMMARY_STEP } from "../rules";
import { type StepState, stepStates } from "../step-progress";

/** The URL of a step (1-5) or of the summary (6). */
export function stepUrl(applicationId: string, step: number): string {
  return step >= SUMMARY_STEP
    ? `/espace/candidatures/${applicationId}/recapitulatif`
    : `/espace/candidatures/${applicationId}/etape/${step}`;
}

const stepKeys = [
  "applications.step.1",
  "applications.step.2",
  "applications.step.3",
  "applications.step.4",
  "applications.step.5",
  "applications.step.6",
] as const;

/** The name of a step, for titles and the progress indicator. */
export function useStepTitle(step: number): string {
  const t = useT();
  return t(stepKeys[step - 1] ?? "applications.step.1");
}

/** What a screen reader hears after a step's name in the progress indicator. */
function useStateText() {
  const t = useT();
  return (state: StepState) => {
    switch (state.kind) {
      case "current":
        return t("applications.step.current");
      case "complete":
        return t("applications.step.done");
      case "incomplete":
        return t("applications.step.incomplete", { count: state.count });
      case "todo":
        return t("applications.step.todo");
    }
  };
}

/** The progress indicator and heading around a step's content. */
export function StepFrame({
  applicationId,
  programName,
  step,
  reachedStep,
  problemCounts,
  children,
}: {
  applicationId: string;
  programName: string;
  step: number;
  reachedStep: number;
  /** The points still to complete on each form step (what the summary lists). */
  problemCounts: Readonly<Record<number, number>>;
  children: ReactNode;
}) {
  const t = useT();
  const title = useStepTitle(step);
  const stateText = useStateText();
  const states = stepStates({ step, reachedStep, problemCounts });
  return (
    <>
      <title>{`${title} – ${t("applications.form.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/espace/candidatures">{t("applications.list.title")}</Link>
        {" › "}
        {t("applications.form.titleFor", { program: programName })}
      </p>
      <h1 className="application-title">
        <span className="step-counter">
          {t("applications.step.counter", { step, count: STEP_COUNT })}
        </span>
        {title}
      </h1>
      <nav aria-label={t("applications.step.navLabel")} className="step-nav">
        <ol className="step-list">
          {stepKeys.map((key, index) => {
            const number = index + 1;
            const current = number === step;
            const reachable = number <= Math.max(reachedStep, step);
            const state = states[index] ?? { kind: "todo" };
            const label = (
              <>
                <span className="step-number">{number}</span> {t(key)}
                {state.kind === "complete" ? (
                  <span className="step-done-mark" aria-hidden="true">
                    {" ✓"}
                  </span>
                ) : null}
                <span className="visually-hidden"> ({stateText(state)})</span>
              </>
            );
            return (
              <li key={key} className={current ? "step-item step-current" : "step-item"}>
                {reachable && !current ? (
                  <Link to={stepUrl(applicationId, number)}>{label}</Link>
                ) : (
                  <span aria-current={current ? "step" : undefined}>{label}</span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      {children}
    </>
  );
}
