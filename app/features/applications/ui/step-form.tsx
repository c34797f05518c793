// What every step form shares: Conform set up with the step's schema (validated only when the
// applicant clicks "Continuer"), the autosave, the error summary and the navigation buttons.
import { type getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ReactNode, useRef } from "react";
import { Form } from "react-router";
import { z } from "zod";
import type { SummaryError } from "~/ui/error-summary";
import { ErrorSummary } from "~/ui/error-summary";
import { useT } from "~/ui/i18n";
import type { RawValues } from "../application.schema";
import { SaveStatus, useAutosave } from "./autosave";
import { stepUrl } from "./step-frame";

const anything = z.object({}).passthrough();

/** Sets up Conform for a step with fields `Names`: `schema` applies only to "Continuer". */
export function useStepForm<Names extends string>({
  step,
  schema,
  lastResult,
  values,
}: {
  step: number;
  schema: z.ZodType;
  lastResult: SubmissionResult<string[]> | undefined;
  values: RawValues;
}) {
  type Shape = Record<Names, string | string[]>;
  return useForm<Shape, Shape, string[]>({
    id: `application-step-${step}`,
    lastResult,
    // Conform types values by the schema's output; a step's raw values are strings and lists.
    defaultValue: values as never,
    onValidate: ({ formData }) =>
      (formData.get("intent") === "continue"
        ? parseWithZod(formData, { schema, disableAutoCoercion: true })
        : parseWithZod(formData, { schema: anything, disableAutoCoercion: true })) as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
}

/** The step's form element with autosave, error summary and buttons around its fields. */
export function StepForm({
  formProps,
  applicationId,
  step,
  version,
  errors,
  children,
}: {
  formProps: ReturnType<typeof getFormProps>;
  applicationId: string;
  step: number;
  version: string;
  errors: SummaryError[];
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLFormElement>(null);
  const status = useAutosave({
    formRef: ref,
    url: `${stepUrl(applicationId, step)}/enregistrer`,
    storageKey: `digitess:application:${applicationId}:step:${step}`,
    version,
  });
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form application-form" ref={ref} {...formProps}>
        {children}
        <SaveStatus
          status={status}
          signInUrl={`/connexion?redirectTo=${encodeURIComponent(stepUrl(applicationId, step))}`}
        />
        <StepButtons step={step} />
        <p className="field-hint">{t("applications.form.savedOnContinue")}</p>
      </Form>
    </>
  );
}

/** "Continuer" first (the default button on Enter), then "Précédent" and "Enregistrer". */
export function StepButtons({ step }: { step: number }) {
  const t = useT();
  return (
    <div className="actions step-actions">
      <button type="submit" name="intent" value="continue" className="button">
        {t("applications.form.continue")}
      </button>
      {step > 1 ? (
        <button type="submit" name="intent" value="previous" className="button button-secondary">
          {t("applications.form.previous")}
        </button>
      ) : null}
      <button type="submit" name="intent" value="save" className="button button-secondary">
        {t("applications.form.saveAndQuit")}
      </button>
    </div>
  );
}
