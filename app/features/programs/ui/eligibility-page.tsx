/**
 * The public eligibility check: a short form (legal form, ESUS, creation date, axes,
 * département or postcode; optionally a SIRET to prefill it), and after it is sent, every criterion as met / not met / to be
 * checked with one plain sentence, then what to do next. A real POST: works without JavaScript.
 */
import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useEffect, useRef } from "react";
import { Form, Link } from "react-router";
import {
  eligibilityFormSchema,
  eligibilityPrefillSchema,
  esusAnswers,
  isPrefillRequest,
  legalFormChoices,
  type Met,
  OTHER_AXIS,
  type PrefillOutcome,
} from "~/features/eligibility";
import { ChoiceGroup } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import type { EligibilityOutcome } from "../public-pages";
import { PrefillNotice, SiretPrefill } from "./eligibility-prefill";
import type { ProgrammeLinks } from "./links";

/** What the page needs of the programme. */
export interface EligibilityPageProgramme {
  readonly slug: string;
  readonly name: string;
  readonly axes: readonly { readonly code: string; readonly label: string }[];
}

const metKey = (met: Met) =>
  met === true
    ? "eligibility.met.true"
    : met === false
      ? "eligibility.met.false"
      : "eligibility.met.null";

const metClass = (met: Met) => (met === true ? "met" : met === false ? "not-met" : "to-check");

/** The result of a check: the verdict, the four criteria, the next step. */
export function EligibilityResultView({
  outcome,
  links,
}: {
  outcome: EligibilityOutcome;
  links: ProgrammeLinks;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const verdict =
    outcome.eligible === true
      ? "eligibility.result.eligible"
      : outcome.eligible === false
        ? "eligibility.result.notEligible"
        : "eligibility.result.toCheck";
  return (
    <section
      aria-labelledby="resultat"
      className={`eligibility-result ${metClass(outcome.eligible)}`}
    >
      <h2
        id="resultat"
        tabIndex={-1}
        ref={heading}
        // In the server's HTML too: the page is sent without JavaScript, and the result of a
        // calculation takes the focus when it loads (a screen reader starts there).
        // biome-ignore lint/a11y/noAutofocus: the result of the submitted form takes the focus
        autoFocus
      >
        {t("programs.eligibility.resultTitle")}
      </h2>
      <p className="verdict">{t(verdict)}</p>
      <ul className="criteria-list">
        {outcome.criteria.map((criterion) => (
          <li key={criterion.id} className={`criterion ${metClass(criterion.met)}`}>
            <p className="criterion-head">
              <strong>{t(`eligibility.criterion.${criterion.id}.label`)}</strong>
              {" : "}
              <span className="criterion-status">{t(metKey(criterion.met))}</span>
            </p>
            <p>{criterion.message}</p>
          </li>
        ))}
      </ul>
      <h3>{t("programs.eligibility.nextTitle")}</h3>
      <p>{outcome.nextStep}</p>
      {outcome.eligible === false ? (
        <ul className="prose-list">
          <li>
            <a href="https://www.associations.gouv.fr/">
              {t("programs.eligibility.helpAssociations")}
            </a>
          </li>
          <li>
            <Link to={links.diagnostic}>{t("programs.eligibility.helpDiagnostic")}</Link>
          </li>
        </ul>
      ) : (
        <ul className="actions cta-list">
          <li>
            <Link to={links.apply} className="button">
              {t("programs.cta.apply")}
            </Link>
          </li>
          <li>
            <Link to={links.diagnostic} className="button button-secondary">
              {t("programs.cta.diagnostic")}
            </Link>
          </li>
        </ul>
      )}
      {outcome.antenna ? (
        <p>
          {t("programs.eligibility.antenna", {
            name: outcome.antenna.name,
            city: outcome.antenna.city,
          })}
          {outcome.antenna.contactEmail ? (
            <>
              {" "}
              <a href={`mailto:${outcome.antenna.contactEmail}`}>{outcome.antenna.contactEmail}</a>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

/** The whole eligibility page. */
export function EligibilityPage({
  programme,
  links,
  lastResult,
  outcome,
  prefill = null,
  formKey = null,
}: {
  programme: EligibilityPageProgramme;
  links: ProgrammeLinks;
  lastResult?: SubmissionResult<string[]>;
  outcome: EligibilityOutcome | null;
  /** What the company register gave after "Préremplir avec mon SIRET". */
  prefill?: PrefillOutcome | null;
  /** Changes after a prefill, so that the form is drawn again with the prefilled values. */
  formKey?: string | null;
}) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.eligibility.title")} – ${programme.name}`}</title>
      <h1>{t("programs.eligibility.title")}</h1>
      <p className="lead">{t("programs.eligibility.intro", { name: programme.name })}</p>
      {outcome ? <EligibilityResultView outcome={outcome} links={links} /> : null}
      {outcome ? <h2>{t("programs.eligibility.changeAnswers")}</h2> : null}
      <EligibilityForm
        key={formKey ?? "eligibilite"}
        programme={programme}
        lastResult={lastResult}
        prefill={prefill}
      />
      <p className="privacy-note">{t("programs.eligibility.privacy")}</p>
    </>
  );
}

/** The form, with the optional SIRET prefill at its top. */
function EligibilityForm({
  programme,
  lastResult,
  prefill,
}: {
  programme: EligibilityPageProgramme;
  lastResult?: SubmissionResult<string[]>;
  prefill: PrefillOutcome | null;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "eligibilite",
    lastResult,
    onValidate: ({ formData }) =>
      parseWithZod(formData, {
        schema: isPrefillRequest(formData) ? eligibilityPrefillSchema : eligibilityFormSchema,
      }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const errors = summaryErrors(form.errors, [
    { field: fields.siret, label: t("eligibility.prefill.siret") },
    { field: fields.legalForm, label: t("programs.eligibility.legalForm") },
    { field: fields.esus, label: t("programs.eligibility.esus") },
    { field: fields.creationDate, label: t("programs.eligibility.creationDate") },
    { field: fields.axes, label: t("programs.eligibility.axes") },
    { field: fields.departement, label: t("programs.eligibility.departement") },
  ]);
  const axesValue = fields.axes.initialValue;
  return (
    <>
      <ErrorSummary errors={errors} />
      {prefill ? <PrefillNotice prefill={prefill} /> : null}
      <Form method="post" className="form" {...getFormProps(form)}>
        {/* The default button (Enter in a field) is the check, not the prefill above it. */}
        <button type="submit" hidden tabIndex={-1}>
          {t("programs.eligibility.submit")}
        </button>
        <SiretPrefill
          inputProps={getInputProps(fields.siret, { type: "text" })}
          errors={fields.siret.errors}
        />
        <ChoiceGroup
          id={fields.legalForm.id}
          type="radio"
          name={fields.legalForm.name}
          legend={t("programs.eligibility.legalForm")}
          hint={t("programs.eligibility.legalFormHint")}
          errors={fields.legalForm.errors}
          required
          defaultValue={fields.legalForm.initialValue as string | undefined}
          options={legalFormChoices.map((choice) => ({
            value: choice.id,
            label: t(`eligibility.legalForm.${choice.id}`),
          }))}
        />
        <ChoiceGroup
          id={fields.esus.id}
          type="radio"
          name={fields.esus.name}
          legend={t("programs.eligibility.esus")}
          hint={t("programs.eligibility.esusHint")}
          errors={fields.esus.errors}
          defaultValue={fields.esus.initialValue as string | undefined}
          options={esusAnswers.map((answer) => ({
            value: answer,
            label: t(`programs.eligibility.esus.${answer}`),
          }))}
        />
        <Field
          id={fields.creationDate.id}
          label={t("programs.eligibility.creationDate")}
          hint={t("programs.eligibility.creationDateHint")}
          errors={fields.creationDate.errors}
          inputProps={{
            ...getInputProps(fields.creationDate, { type: "text" }),
            inputMode: "numeric",
            autoComplete: "off",
          }}
        />
        <ChoiceGroup
          id={fields.axes.id}
          type="checkbox"
          name={fields.axes.name}
          legend={t("programs.eligibility.axes")}
          hint={t("programs.eligibility.axesHint")}
          errors={fields.axes.errors}
          defaultValue={
            Array.isArray(axesValue) ? (axesValue as string[]) : (axesValue as string | undefined)
          }
          options={[
            ...programme.axes.map((axis) => ({ value: axis.code, label: axis.label })),
            { value: OTHER_AXIS, label: t("eligibility.axis.other") },
          ]}
        />
        <Field
          id={fields.departement.id}
          label={t("programs.eligibility.departement")}
          hint={t("programs.eligibility.departementHint")}
          errors={fields.departement.errors}
          inputProps={{
            ...getInputProps(fields.departement, { type: "text" }),
            autoComplete: "postal-code",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {t("programs.eligibility.submit")}
        </button>
      </Form>
    </>
  );
}
