/**
 * The public funding simulator: for a level and a total cost, the rate range, the programme's
 * share and the structure's remaining cost at the lowest and highest rate (and at a chosen
 * rate). Amounts are computed in cents on the server; the rounding rule is stated on the page.
 * The result's table stacks per row on a 320 px screen (~/ui/stacked-table), and a result is
 * removed as soon as the form shows an error (with JavaScript the page is not reloaded, so the
 * result of the previous amounts would otherwise stay beside the error).
 */
import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useEffect, useRef, useState } from "react";
import { Form, Link } from "react-router";
import { type SupportLevelId, simulatorFormSchema } from "~/features/funding";
import { formatEuros } from "~/platform/format/money";
import { ChoiceGroup } from "~/ui/controls";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useLocale, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { SimulationOutcome, SimulationRow } from "../public-pages";
import type { ProgrammeLinks } from "./links";
import { CeilingNote, RateRange } from "./rates";

/** What the page needs of the programme. */
export interface SimulatorPageProgramme {
  readonly name: string;
  readonly levels: readonly {
    readonly kind: SupportLevelId;
    readonly label: string;
    readonly minRatePercent: number;
    readonly maxRatePercent: number;
    readonly costCeilingCents: number | null;
  }[];
}

const rowKeys = {
  fixed: "programs.simulator.row.fixed",
  min: "programs.simulator.row.min",
  max: "programs.simulator.row.max",
  chosen: "programs.simulator.row.chosen",
} as const satisfies Record<SimulationRow["kind"], string>;

/** The simulation's table. */
export function SimulationTable({ outcome }: { outcome: SimulationOutcome }) {
  const t = useT();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const euros = (cents: number) => formatEuros(cents, locale);
  return (
    <section aria-labelledby="simulation" className="simulation-result">
      <h2
        id="simulation"
        tabIndex={-1}
        ref={heading}
        // In the server's HTML too: the page is sent without JavaScript, and the result of a
        // calculation takes the focus when it loads (a screen reader starts there).
        // biome-ignore lint/a11y/noAutofocus: the result of the submitted form takes the focus
        autoFocus
      >
        {t("programs.simulator.resultTitle")}
      </h2>
      <table className="table table-stacked" aria-labelledby="simulation-caption" {...r.table}>
        <caption id="simulation-caption">
          {t("programs.simulator.caption", {
            level: outcome.levelLabel,
            amount: euros(outcome.totalCostCents),
          })}
        </caption>
        <thead {...r.rowgroup}>
          <tr {...r.row}>
            <th {...r.columnheader}>{t("programs.simulator.col.rate")}</th>
            <th {...r.columnheader}>{t("funding.simulator.programmeShare")}</th>
            <th {...r.columnheader}>{t("funding.simulator.remaining")}</th>
          </tr>
        </thead>
        <tbody {...r.rowgroup}>
          {outcome.rows.map((row) => (
            <tr key={row.kind} {...r.row}>
              {/* The row's name says the rate it is for: no column name before it when stacked. */}
              <th {...r.rowheader}>{t(rowKeys[row.kind], { rate: row.ratePercent })}</th>
              <td {...r.cell}>
                <StackedLabel>{t("funding.simulator.programmeShare")}</StackedLabel>
                {euros(row.programmeShareCents)}
              </td>
              <td {...r.cell}>
                <StackedLabel>{t("funding.simulator.remaining")}</StackedLabel>
                {euros(row.remainingCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.costCeilingCents !== null && outcome.eligibleCostCents < outcome.totalCostCents ? (
        <p>
          {t("programs.simulator.ceilingApplied", {
            ceiling: euros(outcome.costCeilingCents),
          })}
        </p>
      ) : null}
      <p>{t("funding.simulator.notice")}</p>
    </section>
  );
}

/** The whole simulator page. */
export function SimulatorPage({
  programme,
  links,
  lastResult,
  outcome,
}: {
  programme: SimulatorPageProgramme;
  links: ProgrammeLinks;
  lastResult?: SubmissionResult<string[]>;
  outcome: SimulationOutcome | null;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "simulateur",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: simulatorFormSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const errors = summaryErrors(form.errors, [
    { field: fields.level, label: t("programs.simulator.level") },
    { field: fields.totalCost, label: t("programs.simulator.totalCost") },
    { field: fields.ratePercent, label: t("programs.simulator.rate") },
  ]);
  // The result shown: the server's last one, until the form shows an error (a result that no
  // longer matches the form is removed; the next valid calculation brings a new one).
  const [shown, setShown] = useState(outcome);
  useEffect(() => setShown(outcome), [outcome]);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) setShown(null);
  }, [hasErrors]);
  const result = hasErrors ? null : shown;
  return (
    <>
      <title>{`${t("programs.simulator.title")} – ${programme.name}`}</title>
      <h1>{t("programs.simulator.title")}</h1>
      <p className="lead">{t("programs.simulator.intro", { name: programme.name })}</p>
      <Notice>{t("programs.simulator.rounding")}</Notice>
      {result ? <SimulationTable outcome={result} /> : null}
      {programme.levels.length === 0 ? (
        <p className="empty-state">{t("programs.simulator.noLevel")}</p>
      ) : (
        <>
          <ErrorSummary errors={errors} />
          <Form method="post" className="form" {...getFormProps(form)}>
            <ChoiceGroup
              id={fields.level.id}
              type="radio"
              name={fields.level.name}
              legend={t("programs.simulator.level")}
              errors={fields.level.errors}
              required
              defaultValue={
                (fields.level.initialValue as string | undefined) ?? programme.levels[0]?.kind
              }
              options={programme.levels.map((level) => ({
                value: level.kind,
                label: level.label,
                hint: `${rateText(t, level.minRatePercent, level.maxRatePercent)}`,
              }))}
            />
            <Field
              id={fields.totalCost.id}
              label={t("programs.simulator.totalCost")}
              hint={t("programs.simulator.totalCostHint")}
              errors={fields.totalCost.errors}
              inputProps={{
                ...getInputProps(fields.totalCost, { type: "text" }),
                inputMode: "decimal",
                autoComplete: "off",
                required: true,
              }}
            />
            <Field
              id={fields.ratePercent.id}
              label={t("programs.simulator.rate")}
              hint={t("programs.simulator.rateHint")}
              errors={fields.ratePercent.errors}
              inputProps={{
                ...getInputProps(fields.ratePercent, { type: "text" }),
                inputMode: "numeric",
                autoComplete: "off",
              }}
            />
            <button type="submit" className="button">
              {t("programs.simulator.submit")}
            </button>
          </Form>
        </>
      )}
      <h2>{t("programs.simulator.levelsTitle")}</h2>
      <ul className="prose-list">
        {programme.levels.map((level) => (
          <li key={level.kind}>
            <strong>{level.label}</strong> :{" "}
            <RateRange min={level.minRatePercent} max={level.maxRatePercent} />{" "}
            <CeilingNote ceilingCents={level.costCeilingCents} />
          </li>
        ))}
      </ul>
      <p>
        <Link to={links.eligibility}>{t("programs.cta.eligibility")}</Link>
      </p>
    </>
  );
}

function rateText(t: ReturnType<typeof useT>, min: number, max: number): string {
  return min === max
    ? t("programs.rate.fixed", { rate: min })
    : t("programs.rate.range", { min, max });
}
