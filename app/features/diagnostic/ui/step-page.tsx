/**
 * One page of the questionnaire: a fieldset of radio buttons per question, the progress, the
 * error summary linking to unanswered questions, and "Suivant" / "Précédent" buttons that both
 * save. Works without JavaScript (a plain form post handled by the route's action).
 */
import { useRef } from "react";
import { Form } from "react-router";
import { ChoiceGroup, type ChoiceOption } from "~/ui/controls";
import { ErrorSummary, type SummaryError } from "~/ui/error-summary";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { ResumeLink } from "./resume-link";
import { useStepDraft } from "./use-step-draft";

export interface StepQuestionView {
  readonly id: string;
  readonly text: string;
  readonly labels: readonly string[];
  readonly allowsNotApplicable: boolean;
}

/** Why a question is in error after a "Suivant". */
export type StepQuestionError = "unanswered" | "invalid";

export interface StepPageProps {
  readonly step: number;
  readonly count: number;
  /** The dimension's title, or null for the last step (next-step questions). */
  readonly dimensionTitle: string | null;
  readonly questions: readonly StepQuestionView[];
  readonly notApplicableLabel: string;
  /** The selected value of each question ("0".."4", "na"), as saved or as just posted. */
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, StepQuestionError>>;
  /**
   * True when the visitor was sent back here because this step lacks answers (page state in the
   * URL, `?incomplet=1`: the reason for being on this step, not a confirmation).
   */
  readonly incomplete: boolean;
  readonly resumeUrl: string;
  /** Where the tab keeps this step's answers not sent yet (see use-step-draft.ts). */
  readonly draftKey: string;
}

/** The id of a question's radio button for `value` ("0".."4", "na"). */
function inputId(questionId: string, value: string): string {
  return `${questionId}-${value}`;
}

/** The id of the first radio button of a question (target of the error summary's link). */
function firstInputId(questionId: string): string {
  return inputId(questionId, "0");
}

/** The catalogue key of a question's error. */
function errorMessage(error: StepQuestionError) {
  return error === "invalid" ? "diagnostic.step.error.invalid" : "diagnostic.step.error.unanswered";
}

/** One answer of a question: its radio's id, and a label in the questionnaire's language. */
function answer(questionId: string, value: string, label: string): ChoiceOption {
  return { id: inputId(questionId, value), value, label: <span lang="fr">{label}</span> };
}

/** The page of one step. */
export function StepPage(props: StepPageProps) {
  const t = useT();
  const { step, count, questions, values, errors } = props;
  const title = props.dimensionTitle ?? t("diagnostic.step.nextStepTitle");
  const progress = t("diagnostic.step.progress", { step, count });
  const summary: SummaryError[] = questions.flatMap((question, index) => {
    const error = errors[question.id];
    if (!error) return [];
    return [
      {
        fieldId: firstInputId(question.id),
        label: t("diagnostic.step.questionNumber", { number: index + 1 }),
        message: errorMessage(error),
      },
    ];
  });
  const isLast = step === count;
  const form = useRef<HTMLFormElement>(null);
  const allowed = Object.fromEntries(
    questions.map((question) => [
      question.id,
      [
        ...question.labels.map((_, level) => String(level)),
        ...(question.allowsNotApplicable ? ["na"] : []),
      ],
    ]),
  );
  const restored = useStepDraft(form, props.draftKey, values, allowed);
  return (
    <>
      <title>{`${progress} : ${title} – ${t("diagnostic.intro.title")} – Digit'ESS`}</title>
      <p className="diagnostic-eyebrow">{t("diagnostic.intro.title")}</p>
      <h1 lang={props.dimensionTitle ? "fr" : undefined}>{title}</h1>
      <div className="diagnostic-progress">
        <p id="diagnostic-progress-label" className="diagnostic-progress-label">
          {progress}
        </p>
        <progress value={step} max={count} aria-labelledby="diagnostic-progress-label" />
      </div>
      {props.incomplete ? <Notice>{t("diagnostic.step.incomplete")}</Notice> : null}
      <ErrorSummary errors={summary} />
      <p>
        {props.dimensionTitle ? t("diagnostic.step.intro") : t("diagnostic.step.nextStepIntro")}
      </p>
      {restored ? (
        <Notice>
          {t("diagnostic.step.draftRestored", {
            button: isLast ? t("diagnostic.step.finish") : t("diagnostic.step.next"),
          })}
        </Notice>
      ) : null}
      <Form
        ref={form}
        method="post"
        className="diagnostic-form"
        key={`${step}:${JSON.stringify(values)}`}
      >
        {questions.map((question, index) => {
          const error = errors[question.id];
          return (
            <ChoiceGroup
              key={question.id}
              id={question.id}
              type="radio"
              name={question.id}
              className={`diagnostic-question${error ? " diagnostic-question-error" : ""}`}
              legend={
                <>
                  <span className="diagnostic-question-number">
                    {t("diagnostic.step.questionNumber", { number: index + 1 })}
                  </span>{" "}
                  <span lang="fr">{question.text}</span>
                </>
              }
              hint={
                question.allowsNotApplicable ? t("diagnostic.step.notApplicableHint") : undefined
              }
              errors={error ? [errorMessage(error)] : undefined}
              defaultValue={values[question.id]}
              options={[
                ...question.labels.map((label, level) => answer(question.id, String(level), label)),
                ...(question.allowsNotApplicable
                  ? [answer(question.id, "na", props.notApplicableLabel)]
                  : []),
              ]}
            />
          );
        })}
        <div className="actions diagnostic-step-actions">
          <button type="submit" name="intent" value="next" className="button">
            {isLast ? t("diagnostic.step.finish") : t("diagnostic.step.next")}
          </button>
          {step > 1 ? (
            <button
              type="submit"
              name="intent"
              value="previous"
              className="button button-secondary"
            >
              {t("diagnostic.step.previous")}
            </button>
          ) : null}
          <button type="submit" name="intent" value="save" className="button button-secondary">
            {t("diagnostic.step.saveForLater")}
          </button>
        </div>
      </Form>
      <ResumeLink url={props.resumeUrl} />
    </>
  );
}
