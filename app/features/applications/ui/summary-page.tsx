// Step 6: everything the applicant is about to send, section by section with a link to change
// it, what is still missing (linked to the right step and field), the eligibility check of the
// programme, and the button that sends the application.
import type { ReactNode } from "react";
import { Form, Link, useNavigation } from "react-router";
import { OTHER_AXIS } from "~/features/eligibility";
import { formatCalendarDate } from "~/platform/format/dates";
import { formatEuros, formatPercent } from "~/platform/format/money";
import { translateError, useLocale, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { RawValues, RequestedLevel } from "../application.schema";
import type { Problem } from "../draft";
import { formatBytes } from "../format";
import type { ProgramFormConfig } from "../program-config";
import type { AttachmentRow } from "./attachments-step";
import { stepUrl } from "./step-frame";
import { initialList, initialText } from "./values";

export type EligibilityView = {
  readonly eligible: boolean | null;
  readonly criteria: readonly { id: string; met: boolean | null; message: string }[];
};

type Props = {
  applicationId: string;
  program: ProgramFormConfig;
  steps: Record<"1" | "2" | "5", RawValues>;
  levels: RequestedLevel[] | null;
  attachments: AttachmentRow[];
  problems: Problem[];
  eligibility: EligibilityView | null;
};

function Row({ label, value }: { label: string; value: ReactNode }) {
  const t = useT();
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd>{value === "" || value === null ? <em>{t("applications.summary.empty")}</em> : value}</dd>
    </div>
  );
}

function Section({
  title,
  step,
  applicationId,
  children,
}: {
  title: string;
  step: number;
  applicationId: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section className="summary-section" aria-labelledby={`summary-${step}`}>
      <div className="summary-heading">
        <h2 id={`summary-${step}`}>{title}</h2>
        <Link to={stepUrl(applicationId, step)}>
          {t("applications.summary.change")}
          <span className="visually-hidden"> : {title}</span>
        </Link>
      </div>
      {children}
    </section>
  );
}

function problemHref(applicationId: string, problem: Problem): string {
  const anchor =
    problem.step === 4
      ? `attachment-kind-${problem.field ?? ""}`
      : `application-step-${problem.step}-${problem.field ?? ""}`;
  return `${stepUrl(applicationId, problem.step)}${problem.field ? `#${anchor}` : ""}`;
}

/** The summary and the submit button. */
export function SummaryPage({
  applicationId,
  program,
  steps,
  levels,
  attachments,
  problems,
  eligibility,
}: Props) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const submitting = navigation.state !== "idle" && navigation.formData?.get("intent") === "submit";
  const organization = steps["1"];
  const project = steps["2"];
  const declarations = steps["5"];
  const stepName = (step: number) => t(`applications.step.${step}` as never);
  const axisLabel = (code: string) =>
    code === OTHER_AXIS
      ? t("applications.axis.other")
      : (program.axes.find((axis) => axis.code === code)?.label ?? code);
  const legalForm = initialText(organization.legalForm);
  const canSubmit = problems.length === 0 && eligibility?.eligible !== false;
  return (
    <>
      {problems.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="problems-title">
          <h2 id="problems-title" className="error-summary-title">
            {t("applications.summary.problems", { count: problems.length })}
          </h2>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.step}-${problem.field}-${problem.message}`}>
                <a href={problemHref(applicationId, problem)}>
                  {stepName(problem.step)}
                  {problem.field && problem.step !== 4
                    ? ` – ${t(`applications.fieldName.${problem.field}` as never)}`
                    : ""}
                  {" : "}
                  {translateError(t, problem.message)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>{t("applications.summary.intro")}</p>

      <Section title={stepName(1)} step={1} applicationId={applicationId}>
        <dl className="summary-list">
          <Row label={t("applications.field.name")} value={initialText(organization.name)} />
          <Row
            label={t("applications.field.legalForm")}
            value={legalForm ? t(`applications.legalForm.${legalForm}` as never) : ""}
          />
          <Row
            label={t("applications.field.creationDate")}
            value={formatCalendarDate(initialText(organization.creationDate), locale)}
          />
          <Row
            label={t("applications.field.address")}
            value={[
              initialText(organization.addressLine),
              `${initialText(organization.postcode)} ${initialText(organization.commune)}`.trim(),
            ]
              .filter(Boolean)
              .join(", ")}
          />
          <Row
            label={t("applications.field.departement")}
            value={initialText(organization.departement)}
          />
          <Row label={t("applications.field.website")} value={initialText(organization.website)} />
          <Row
            label={t("applications.field.employees")}
            value={initialText(organization.employees)}
          />
          <Row
            label={t("applications.field.volunteers")}
            value={initialText(organization.volunteers)}
          />
          <Row
            label={t("applications.field.contact")}
            value={[
              initialText(organization.contactName),
              initialText(organization.contactRole),
              initialText(organization.contactPhone),
            ]
              .filter(Boolean)
              .join(" – ")}
          />
        </dl>
      </Section>

      <Section title={stepName(2)} step={2} applicationId={applicationId}>
        <dl className="summary-list">
          {(["situation", "needs", "goals", "beneficiaries", "beneficiariesCount"] as const).map(
            (name) => (
              <Row
                key={name}
                label={t(`applications.field.${name}`)}
                value={
                  initialText(project[name]) === "" ? (
                    ""
                  ) : (
                    <span className="pre-line">{initialText(project[name])}</span>
                  )
                }
              />
            ),
          )}
          <Row
            label={t("applications.field.axes")}
            value={initialList(project.axes).map(axisLabel).join(", ")}
          />
        </dl>
      </Section>

      <Section title={stepName(3)} step={3} applicationId={applicationId}>
        {levels && levels.length > 0 ? (
          <ul className="summary-levels">
            {levels.map((level) => {
              const config = program.levels.find((l) => l.kind === level.kind);
              return (
                <li key={level.kind}>
                  <h3>{config?.label ?? level.kind}</h3>
                  {level.totalCostCents === null ? (
                    <p>{t("applications.levels.fixedRate", { rate: level.ratePercent })}</p>
                  ) : (
                    <dl className="summary-list">
                      <Row
                        label={t("applications.field.totalCost")}
                        value={formatEuros(level.totalCostCents, locale)}
                      />
                      <Row
                        label={t("applications.field.ratePercent")}
                        value={formatPercent(level.ratePercent, locale)}
                      />
                      <Row
                        label={t("applications.levels.programmeShare")}
                        value={formatEuros(level.programmeShareCents ?? 0, locale)}
                      />
                      <Row
                        label={t("applications.levels.remaining")}
                        value={formatEuros(level.remainingCents ?? 0, locale)}
                      />
                      <Row label={t("applications.field.quotes")} value={level.quotesNote ?? ""} />
                    </dl>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>
            <em>{t("applications.summary.levelsIncomplete")}</em>
          </p>
        )}
      </Section>

      <Section title={stepName(4)} step={4} applicationId={applicationId}>
        {attachments.length > 0 ? (
          <ul className="file-list">
            {attachments.map((file) => (
              <li key={file.id}>
                {t(`applications.attachmentKind.${file.kind}` as never)} :{" "}
                <a href={`/espace/candidatures/${applicationId}/pieces/${file.id}`}>
                  {file.fileName}
                </a>{" "}
                ({formatBytes(file.sizeBytes, locale)})
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <em>{t("applications.summary.noFiles")}</em>
          </p>
        )}
      </Section>

      <Section title={stepName(5)} step={5} applicationId={applicationId}>
        <dl className="summary-list">
          <Row
            label={t("applications.field.swornStatementShort")}
            value={declarations.swornStatement === "on" ? t("applications.summary.accepted") : ""}
          />
          <Row
            label={t("applications.field.dataConsentShort")}
            value={declarations.dataConsent === "on" ? t("applications.summary.accepted") : ""}
          />
          <Row
            label={t("applications.field.signatoryName")}
            value={[
              initialText(declarations.signatoryName),
              initialText(declarations.signatoryRole),
            ]
              .filter(Boolean)
              .join(", ")}
          />
        </dl>
      </Section>

      <section className="summary-section" aria-labelledby="summary-eligibility">
        <h2 id="summary-eligibility">{t("applications.summary.eligibility")}</h2>
        {eligibility === null ? (
          <p>{t("applications.summary.eligibilityPending")}</p>
        ) : (
          <>
            <p>
              {eligibility.eligible === true
                ? t("applications.summary.eligible")
                : eligibility.eligible === null
                  ? t("applications.summary.toCheck")
                  : t("applications.summary.ineligible")}
            </p>
            <ul className="criteria-list">
              {eligibility.criteria.map((criterion) => (
                <li
                  key={criterion.id}
                  className={`criterion ${criterion.met === true ? "met" : criterion.met === null ? "to-check" : "not-met"}`}
                >
                  <span className="criterion-status">
                    {criterion.met === true
                      ? t("applications.summary.criterionMet")
                      : criterion.met === null
                        ? t("applications.summary.criterionToCheck")
                        : t("applications.summary.criterionNotMet")}
                  </span>{" "}
                  {criterion.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {canSubmit ? (
        <Form method="post" className="submit-form">
          <p>{t("applications.summary.beforeSubmit")}</p>
          <button
            type="submit"
            name="intent"
            value="submit"
            className="button"
            aria-disabled={submitting || undefined}
          >
            {submitting ? t("applications.summary.submitting") : t("applications.action.submit")}
          </button>
        </Form>
      ) : (
        <Notice>
          {eligibility?.eligible === false
            ? t("applications.summary.cannotSubmitIneligible")
            : t("applications.summary.cannotSubmit")}
        </Notice>
      )}
    </>
  );
}
