// The draft as stored in applications.data: the raw values of each form step, exactly as typed,
// so that nothing is ever lost (even what does not validate yet). Typed values come from the step
// schemas, step by step while filling in, and all together at submission.
import {
  answersForChoice,
  type EligibilityAnswers,
  type LegalFormChoiceId,
} from "~/features/eligibility";
import {
  type ApplicationValues,
  declarationsStepSchema,
  levelFieldNames,
  levelsStepSchema,
  organizationStepSchema,
  projectStepSchema,
  type RawValues,
} from "./application.schema";
import type { ProgramFormConfig } from "./program-config";
import { type FormStep, levelKinds, missingAttachmentKinds } from "./rules";

/** The steps whose values are kept in the draft (step 4's files are rows of their own). */
export const stepsWithFields = [1, 2, 3, 5] as const;
type StepWithFields = (typeof stepsWithFields)[number];

/** The stored draft: raw values per step. */
export type DraftData = { steps: Partial<Record<`${StepWithFields}`, RawValues>> };

const MAX_VALUE_LENGTH = 10_000;
const MAX_LIST_LENGTH = 20;

/** The field names of each step, so a post can never store anything else. */
export function stepFieldNames(step: FormStep): readonly string[] {
  switch (step) {
    case 1:
      return Object.keys(organizationStepSchema.shape);
    case 2:
      return ["situation", "needs", "goals", "beneficiaries", "beneficiariesCount", "axes"];
    case 3:
      return ["levels", ...levelKinds.flatMap((kind) => Object.values(levelFieldNames(kind)))];
    case 4:
      return [];
    case 5:
      return Object.keys(declarationsStepSchema.shape);
  }
}

/** Reads a stored draft, ignoring anything that is not a step's raw values. */
export function readDraftData(stored: unknown): DraftData {
  const steps: DraftData["steps"] = {};
  const source = (stored as { steps?: unknown } | null)?.steps;
  if (typeof source !== "object" || source === null) return { steps };
  for (const step of stepsWithFields) {
    const values = (source as Record<string, unknown>)[String(step)];
    if (typeof values === "object" && values !== null) {
      steps[`${step}`] = pickValues(step, Object.entries(values));
    }
  }
  return { steps };
}

/** The raw values of a step posted in a form: only the step's fields, strings, sizes capped. */
export function rawValuesFromForm(step: FormStep, form: FormData | URLSearchParams): RawValues {
  const entries: [string, unknown][] = [];
  for (const name of new Set(form.keys())) {
    const all = form.getAll(name).filter((value) => typeof value === "string");
    if (all.length > 0) entries.push([name, all.length === 1 ? all[0] : all]);
  }
  return pickValues(step, entries);
}

function pickValues(step: FormStep, entries: [string, unknown][]): RawValues {
  const allowed = stepFieldNames(step);
  const values: RawValues = {};
  for (const [name, value] of entries) {
    if (!allowed.includes(name)) continue;
    if (typeof value === "string") values[name] = value.slice(0, MAX_VALUE_LENGTH);
    else if (Array.isArray(value)) {
      values[name] = value
        .filter((item): item is string => typeof item === "string")
        .slice(0, MAX_LIST_LENGTH)
        .map((item) => item.slice(0, MAX_VALUE_LENGTH));
    }
  }
  return values;
}

/** The draft with one step's raw values replaced. */
export function withStepValues(data: DraftData, step: FormStep, values: RawValues): DraftData {
  if (step === 4) return data;
  return { steps: { ...data.steps, [`${step}`]: values } };
}

/** The raw values of a step (empty when never saved). */
export function stepValues(data: DraftData, step: FormStep): RawValues {
  if (step === 4) return {};
  return data.steps[`${step}`] ?? {};
}

/** The levels ticked at step 3, even when the rest of the step does not validate yet. */
export function chosenLevels(data: DraftData): (typeof levelKinds)[number][] {
  const raw = stepValues(data, 3).levels;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return levelKinds.filter((kind) => list.includes(kind));
}

/** One thing to fix before submitting, with the step (and field) to go back to. */
export type Problem = { step: FormStep; field?: string; message: string };

export type ValidationResult =
  | { ok: true; values: ApplicationValues }
  | { ok: false; problems: Problem[] };

/** Checks the whole draft and its documents, as at submission. */
export function validateApplication(
  data: DraftData,
  config: ProgramFormConfig,
  attachmentKinds: readonly string[],
): ValidationResult {
  const problems: Problem[] = [];
  const parse = <T>(
    step: FormStep,
    schema: {
      safeParse(
        input: unknown,
      ):
        | { success: true; data: T }
        | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
    },
  ) => {
    const result = schema.safeParse(stepValues(data, step));
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      problems.push({
        step,
        field: field === undefined ? undefined : String(field),
        message: issue.message,
      });
    }
    return null;
  };
  const organization = parse(1, organizationStepSchema);
  const project = parse(2, projectStepSchema(config));
  const levels = parse(3, levelsStepSchema(config));
  for (const kind of missingAttachmentKinds(chosenLevels(data), attachmentKinds)) {
    problems.push({ step: 4, field: kind, message: `applications.error.missingDocument.${kind}` });
  }
  const declarations = parse(5, declarationsStepSchema);
  if (problems.length > 0 || !organization || !project || !levels || !declarations) {
    return { ok: false, problems };
  }
  return { ok: true, values: { organization, project, levels: levels.levels, declarations } };
}

/** The eligibility answers an application gives (the organisation and the project's axes). */
export function eligibilityAnswersOf(values: ApplicationValues): EligibilityAnswers {
  const { legalForm, esus } = answersForChoice(values.organization.legalForm as LegalFormChoiceId);
  return {
    legalForm,
    esus: esus ?? null,
    creationDate: values.organization.creationDate,
    axes: values.project.axes,
    departement: values.organization.departement,
  };
}
