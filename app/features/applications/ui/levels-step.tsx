// Step 3: the support levels requested. For scoping and production the applicant gives the total
// cost, the quotes and the rate requested within the programme's bounds; the programme's share
// and the remaining cost are computed as they type (and again by the server, which decides).
import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { formatEuros, parseEurosToCents } from "~/platform/format/money";
import { Choice, describedBy, HintAndErrors, RequiredMark, TextareaField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useLocale, useT } from "~/ui/i18n";
import { levelFieldNames, levelsStepSchema, type RawValues } from "../application.schema";
import type { ProgramFormConfig, ProgramLevelConfig } from "../program-config";
import { type LevelKind, levelAmounts, levelRequiresCost } from "../rules";
import { StepForm, useStepForm } from "./step-form";
import { initialList, initialText } from "./values";

type LevelField = "levels" | `${LevelKind}${"TotalCost" | "RatePercent" | "Quotes"}`;

type Inputs = Partial<Record<LevelKind, { cost: string; rate: string }>>;

function readInputs(form: HTMLFormElement | null, levels: readonly ProgramLevelConfig[]): Inputs {
  const inputs: Inputs = {};
  if (!form) return inputs;
  const data = new FormData(form);
  for (const level of levels) {
    const names = levelFieldNames(level.kind);
    inputs[level.kind] = {
      cost: String(data.get(names.totalCost) ?? ""),
      rate: String(data.get(names.ratePercent) ?? ""),
    };
  }
  return inputs;
}

/** The live split of one level, or null while the cost or the rate is not valid. */
function split(level: ProgramLevelConfig, input: { cost: string; rate: string } | undefined) {
  if (!input) return null;
  const cost = parseEurosToCents(input.cost);
  const rate = Number(input.rate.replace(/\s|%/g, ""));
  if (cost === null || cost <= 0 || input.rate.trim() === "" || !Number.isInteger(rate))
    return null;
  if (rate < level.minRatePercent || rate > level.maxRatePercent) return null;
  return levelAmounts(cost, rate);
}

/** The levels step's fields. */
export function LevelsStep({
  applicationId,
  version,
  values,
  program,
  lastResult,
}: {
  applicationId: string;
  version: string;
  values: RawValues;
  program: ProgramFormConfig;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const schema = useMemo(() => levelsStepSchema(program), [program]);
  const [form, fields] = useStepForm<LevelField>({ step: 3, schema, lastResult, values });
  const initialChosen = initialList(fields.levels.initialValue);
  const [chosen, setChosen] = useState<string[]>(initialChosen);
  const [inputs, setInputs] = useState<Inputs>(() => {
    const start: Inputs = {};
    for (const level of program.levels) {
      const names = levelFieldNames(level.kind);
      start[level.kind] = {
        cost: initialText(values[names.totalCost]),
        rate: initialText(values[names.ratePercent]),
      };
    }
    return start;
  });
  // Without JavaScript every level's cost fields are shown; with it, only the chosen levels'.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const onInput = (event: FormEvent<HTMLDivElement>) => {
    const formElement = (event.target as HTMLInputElement).form ?? null;
    setInputs(readInputs(formElement, program.levels));
    if (formElement) setChosen(new FormData(formElement).getAll("levels").map(String));
  };
  const field = (kind: LevelKind, name: "totalCost" | "ratePercent" | "quotes") =>
    fields[levelFieldNames(kind)[name]];
  const levelLabel = (level: ProgramLevelConfig) => level.label;
  const errors = summaryErrors(form.errors, [
    { field: fields.levels, label: t("applications.field.levels") },
    ...program.levels
      .filter((level) => levelRequiresCost(level.kind))
      .flatMap((level) => [
        {
          field: field(level.kind, "totalCost"),
          label: `${levelLabel(level)} : ${t("applications.field.totalCost")}`,
        },
        {
          field: field(level.kind, "ratePercent"),
          label: `${levelLabel(level)} : ${t("applications.field.ratePercent")}`,
        },
        {
          field: field(level.kind, "quotes"),
          label: `${levelLabel(level)} : ${t("applications.field.quotes")}`,
        },
      ]),
  ]);
  return (
    <StepForm
      formProps={getFormProps(form)}
      applicationId={applicationId}
      step={3}
      version={version}
      errors={errors}
    >
      <div onInput={onInput} onChange={onInput}>
        <p>{t("applications.levels.intro")}</p>
        <fieldset
          className="field choice-group"
          id={fields.levels.id}
          tabIndex={-1}
          aria-invalid={fields.levels.errors?.length ? true : undefined}
          aria-describedby={describedBy({ id: fields.levels.id, errors: fields.levels.errors }).ids}
        >
          <legend className="field-label">
            {t("applications.field.levels")}
            <RequiredMark required />
          </legend>
          <HintAndErrors id={fields.levels.id} errors={fields.levels.errors} />
          {program.levels.map((level) => {
            const optionId = `${fields.levels.id}-${level.kind}`;
            const rates =
              level.minRatePercent === level.maxRatePercent
                ? t("applications.levels.fixedRate", { rate: level.minRatePercent })
                : t("applications.levels.rateRange", {
                    min: level.minRatePercent,
                    max: level.maxRatePercent,
                  });
            const hideCost = enhanced && !chosen.includes(level.kind);
            const amounts = split(level, inputs[level.kind]);
            return (
              <div key={level.kind} className="level-choice">
                <Choice
                  id={optionId}
                  label={<strong>{level.label}</strong>}
                  hint={
                    <>
                      {level.description ? `${level.description} ` : ""}
                      {rates}
                    </>
                  }
                  inputProps={{
                    type: "checkbox",
                    name: fields.levels.name,
                    value: level.kind,
                    defaultChecked: initialChosen.includes(level.kind),
                  }}
                />
                {levelRequiresCost(level.kind) ? (
                  <fieldset className="form-section level-costs" hidden={hideCost}>
                    <legend>{t("applications.levels.costsFor", { level: level.label })}</legend>
                    {!enhanced ? (
                      <p className="field-hint">{t("applications.levels.onlyIfChosen")}</p>
                    ) : null}
                    <Field
                      id={field(level.kind, "totalCost").id}
                      label={t("applications.field.totalCost")}
                      hint={
                        level.costCeilingCents === null
                          ? t("applications.field.totalCostHint")
                          : t("applications.field.totalCostCeilingHint", {
                              ceiling: formatEuros(level.costCeilingCents, locale),
                            })
                      }
                      errors={field(level.kind, "totalCost").errors}
                      inputProps={{
                        ...getInputProps(field(level.kind, "totalCost"), { type: "text" }),
                        inputMode: "decimal",
                      }}
                    />
                    <TextareaField
                      id={field(level.kind, "quotes").id}
                      label={t("applications.field.quotes")}
                      hint={t("applications.field.quotesHint")}
                      errors={field(level.kind, "quotes").errors}
                      textareaProps={getTextareaProps(field(level.kind, "quotes"))}
                    />
                    <Field
                      id={field(level.kind, "ratePercent").id}
                      label={t("applications.field.ratePercent")}
                      hint={t("applications.field.ratePercentHint", {
                        min: level.minRatePercent,
                        max: level.maxRatePercent,
                      })}
                      errors={field(level.kind, "ratePercent").errors}
                      inputProps={{
                        ...getInputProps(field(level.kind, "ratePercent"), { type: "text" }),
                        inputMode: "numeric",
                      }}
                    />
                    <div className="level-amounts" aria-live="polite">
                      {amounts ? (
                        <dl>
                          <div>
                            <dt>{t("applications.levels.programmeShare")}</dt>
                            <dd>{formatEuros(amounts.programmeShareCents, locale)}</dd>
                          </div>
                          <div>
                            <dt>{t("applications.levels.remaining")}</dt>
                            <dd>{formatEuros(amounts.remainingCents, locale)}</dd>
                          </div>
                        </dl>
                      ) : (
                        <p className="field-hint">{t("applications.levels.amountsPending")}</p>
                      )}
                    </div>
                  </fieldset>
                ) : null}
              </div>
            );
          })}
        </fieldset>
        <p className="field-hint">{t("applications.levels.serverDecides")}</p>
      </div>
    </StepForm>
  );
}
