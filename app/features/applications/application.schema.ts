// One schema per form step, shared by the form (Conform, in the browser) and its action, and used
// again on the whole draft at submission. Inputs are what a form posts (strings, arrays for
// checkboxes), exactly as drafts store them; messages are catalogue keys.
import { z } from "zod";
import { legalFormChoices, OTHER_AXIS } from "~/features/eligibility";
import { MAX_TOTAL_COST_CENTS } from "~/features/funding";
import { parseEurosToCents } from "~/platform/format/money";
import { isDepartementCode } from "~/platform/geo";
import type { ProgramFormConfig } from "./program-config";
import {
  type FormStep,
  type LevelKind,
  levelAmounts,
  levelKinds,
  levelRequiresCost,
} from "./rules";

/** The raw values of one step as posted (and as kept in the draft). */
export type RawValues = Record<string, string | string[]>;

const TEXT_MAX = 200;
const LONG_TEXT_MAX = 5000;
const HEADCOUNT_MAX = 1_000_000;

const blankToUndefined = (value: unknown) => {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
};

const toList = (value: unknown) => {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
};

const requiredText = (max = TEXT_MAX) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: "applications.error.required" }).max(max, "applications.error.tooLong"),
  );

const optionalText = (max = TEXT_MAX) =>
  z.preprocess(blankToUndefined, z.string().max(max, "applications.error.tooLong").optional());

const wholeNumber = (max = HEADCOUNT_MAX) =>
  z.preprocess(
    (value) => {
      const cleaned = blankToUndefined(value);
      if (typeof cleaned !== "string") return cleaned;
      const digits = cleaned.replace(/[\s\u00a0\u202f]/g, "");
      return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
    },
    z
      .number({
        error: (issue) =>
          issue.input === undefined ? "applications.error.required" : "applications.error.number",
      })
      .int("applications.error.number")
      .min(0, "applications.error.number")
      .max(max, "applications.error.number"),
  );

const legalFormIds = legalFormChoices.map((choice) => choice.id) as [string, ...string[]];

/** Step 1: the organisation, prefilled from its record and editable. */
export const organizationStepSchema = z.object({
  name: requiredText(),
  legalForm: z.preprocess(
    blankToUndefined,
    z.enum(legalFormIds, { error: "applications.error.legalForm" }),
  ),
  creationDate: z.preprocess(
    blankToUndefined,
    z.iso.date({
      error: (issue) =>
        issue.input === undefined ? "applications.error.required" : "applications.error.date",
    }),
  ),
  addressLine: requiredText(),
  postcode: z.preprocess(
    (value) => (typeof value === "string" ? blankToUndefined(value.replace(/\s/g, "")) : value),
    z
      .string({ error: "applications.error.required" })
      .regex(/^\d{5}$/, "applications.error.postcode"),
  ),
  commune: requiredText(),
  departement: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "applications.error.required" })
      .refine(isDepartementCode, "applications.error.departement"),
  ),
  website: optionalText(),
  employees: wholeNumber(),
  volunteers: wholeNumber(),
  contactName: requiredText(),
  contactRole: requiredText(),
  contactPhone: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\+?[\d\s.()-]{6,25}$/, "applications.error.phone")
      .optional(),
  ),
});

/** Step 2: the project, and which of the programme's priority axes it serves. */
export function projectStepSchema(config: Pick<ProgramFormConfig, "axes">) {
  const axisCodes = [...config.axes.map((axis) => axis.code), OTHER_AXIS];
  return z.object({
    situation: requiredText(LONG_TEXT_MAX),
    needs: requiredText(LONG_TEXT_MAX),
    goals: requiredText(LONG_TEXT_MAX),
    beneficiaries: requiredText(LONG_TEXT_MAX),
    beneficiariesCount: wholeNumber(100_000_000),
    axes: z.preprocess(
      toList,
      z
        .array(z.string().refine((code) => axisCodes.includes(code), "applications.error.axes"))
        .min(1, "applications.error.axes"),
    ),
  });
}

/** One requested level, with the amounts the server computes (authoritative). */
export type RequestedLevel = {
  readonly kind: LevelKind;
  readonly totalCostCents: number | null;
  readonly ratePercent: number;
  readonly programmeShareCents: number | null;
  readonly remainingCents: number | null;
  readonly quotesNote: string | null;
};

/** The names of a level's fields in the form. */
export function levelFieldNames<K extends LevelKind>(
  kind: K,
): { totalCost: `${K}TotalCost`; ratePercent: `${K}RatePercent`; quotes: `${K}Quotes` } {
  return {
    totalCost: `${kind}TotalCost`,
    ratePercent: `${kind}RatePercent`,
    quotes: `${kind}Quotes`,
  };
}

/** Step 3: the levels requested; for scoping and production the cost, quotes and rate. */
export function levelsStepSchema(config: Pick<ProgramFormConfig, "levels">) {
  const offered = config.levels.map((level) => level.kind);
  const shape: Record<string, z.ZodType> = {
    levels: z.preprocess(
      toList,
      z
        .array(
          z
            .string()
            .refine((kind) => offered.includes(kind as LevelKind), "applications.error.levels"),
        )
        .min(1, "applications.error.levels"),
    ),
  };
  for (const kind of levelKinds) {
    const names = levelFieldNames(kind);
    shape[names.totalCost] = z.preprocess(blankToUndefined, z.string().optional());
    shape[names.ratePercent] = z.preprocess(blankToUndefined, z.string().optional());
    shape[names.quotes] = optionalText(LONG_TEXT_MAX);
  }
  return z.object(shape).transform((values, context): { levels: RequestedLevel[] } => {
    const chosen = values.levels as string[];
    const levels: RequestedLevel[] = [];
    for (const level of config.levels) {
      if (!chosen.includes(level.kind)) continue;
      const names = levelFieldNames(level.kind);
      if (!levelRequiresCost(level.kind)) {
        levels.push({
          kind: level.kind,
          totalCostCents: null,
          ratePercent: level.maxRatePercent,
          programmeShareCents: null,
          remainingCents: null,
          quotesNote: null,
        });
        continue;
      }
      const issue = (path: string, message: string) =>
        context.issues.push({ code: "custom", path: [path], message, input: values[path] });
      const costText = values[names.totalCost] as string | undefined;
      const rateText = values[names.ratePercent] as string | undefined;
      const cost = costText === undefined ? undefined : parseEurosToCents(costText);
      if (cost === undefined) issue(names.totalCost, "applications.error.required");
      else if (cost === null || cost <= 0) issue(names.totalCost, "applications.error.amount");
      else if (cost > MAX_TOTAL_COST_CENTS)
        issue(names.totalCost, "applications.error.amountTooLarge");
      else if (level.costCeilingCents !== null && cost > level.costCeilingCents) {
        issue(names.totalCost, "applications.error.costCeiling");
      }
      const rate = rateText === undefined ? undefined : Number(rateText.replace(/\s|%/g, ""));
      if (rate === undefined) issue(names.ratePercent, "applications.error.required");
      else if (
        !Number.isInteger(rate) ||
        rate < level.minRatePercent ||
        rate > level.maxRatePercent
      ) {
        issue(names.ratePercent, "applications.error.rate");
      }
      if (typeof cost !== "number" || typeof rate !== "number") continue;
      const quotesNote = (values[names.quotes] as string | undefined) ?? null;
      if (Number.isInteger(rate) && cost > 0 && cost <= MAX_TOTAL_COST_CENTS) {
        levels.push({
          kind: level.kind,
          totalCostCents: cost,
          ratePercent: rate,
          ...levelAmounts(cost, rate),
          quotesNote,
        });
      }
    }
    return { levels };
  });
}

const mustBeChecked = (message: string) =>
  z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.literal(true, { error: message }),
  );

/** Step 5: the sworn statement and the consent to data processing, signed by a named person. */
export const declarationsStepSchema = z.object({
  swornStatement: mustBeChecked("applications.error.swornStatement"),
  dataConsent: mustBeChecked("applications.error.dataConsent"),
  signatoryName: requiredText(),
  signatoryRole: requiredText(),
});

/** The schema of a form step (step 4 has no fields: its documents are checked separately). */
export function stepSchema(step: FormStep, config: ProgramFormConfig): z.ZodType {
  switch (step) {
    case 1:
      return organizationStepSchema;
    case 2:
      return projectStepSchema(config);
    case 3:
      return levelsStepSchema(config);
    case 4:
      return z.object({});
    case 5:
      return declarationsStepSchema;
  }
}

/** The typed values of a complete application. */
export type ApplicationValues = {
  organization: z.output<typeof organizationStepSchema>;
  project: z.output<ReturnType<typeof projectStepSchema>>;
  levels: RequestedLevel[];
  declarations: z.output<typeof declarationsStepSchema>;
};
