import { z } from "zod";
import { departementCodes } from "~/platform/geo/departements";
import { interpolate, type Locale } from "~/platform/i18n/types";
import { axisCodePattern, OTHER_AXIS } from "./axes";
import { type IsoDate, isIsoDate, todayInParis } from "./dates";
import { type EligibilityErrorKey, en, fr } from "./messages";
import { criterionIds, type EligibilityRules } from "./types";

/** A programme identifier in a URL or body: lowercase letters, digits and hyphens. */
export const programmeSlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
  .meta({ description: "Identifiant du programme (slug), par exemple « digitess »." });

/** A real calendar date written "YYYY-MM-DD" (no 2023-02-29). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDate)
  .meta({ format: "date" });

/** The body of POST /api/v1/eligibility; unknown fields are refused. */
export const eligibilityRequestSchema = z.strictObject({
  programme: programmeSlugSchema,
  legalForm: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .meta({
      description:
        "Catégorie juridique INSEE (niveau III, 4 chiffres), ou null quand la structure ne la connaît pas.",
    }),
  esus: z.boolean().meta({ description: "La structure a-t-elle l'agrément ESUS ?" }),
  creationDate: isoDateSchema.meta({ description: "Date de création de la structure." }),
  axes: z
    .array(z.string().regex(axisCodePattern))
    .max(40)
    .transform((axes) => [...new Set(axes)])
    .meta({
      description:
        "Codes des axes des actions de la structure, parmi ceux du programme ; « other » pour un autre domaine.",
    }),
  departement: z
    .enum(departementCodes as [string, ...string[]])
    .meta({ description: "Code du département : 01 à 95, 2A, 2B, 971 à 976." }),
  onDate: isoDateSchema
    .optional()
    .meta({ description: "Jour de la vérification ; par défaut, aujourd'hui à Paris." }),
});

/** The body answered by POST /api/v1/eligibility (200). */
export const eligibilityResponseSchema = z.strictObject({
  eligible: z.boolean().nullable().meta({
    description:
      "false dès qu'un critère n'est pas rempli ; null quand aucun n'échoue mais qu'un reste à vérifier ; true sinon.",
  }),
  criteria: z.array(
    z.strictObject({
      id: z.enum(criterionIds),
      met: z.boolean().nullable(),
      message: z.string().meta({ description: "Une phrase en français simple." }),
    }),
  ),
});

/** A valid eligibility request, with `onDate` resolved (default: today in Europe/Paris). */
export type EligibilityRequest = Omit<z.output<typeof eligibilityRequestSchema>, "onDate"> & {
  readonly onDate: IsoDate;
};

/** One invalid field of a request, with a message for the user. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** The outcome of parsing a request: the value, or the invalid fields (answer 400). */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

const fieldMessages: Readonly<Record<string, EligibilityErrorKey>> = {
  programme: "eligibility.error.programme",
  legalForm: "eligibility.error.legalForm",
  esus: "eligibility.error.esus",
  creationDate: "eligibility.error.creationDate",
  axes: "eligibility.error.axes",
  departement: "eligibility.error.departement",
  onDate: "eligibility.error.onDate",
};

/** Parses an eligibility request body; names each invalid field with one message (French by default). */
export function parseEligibilityRequest(
  input: unknown,
  options: { readonly now?: Date; readonly locale?: Locale } = {},
): ParseResult<EligibilityRequest> {
  const parsed = eligibilityRequestSchema.safeParse(input);
  if (parsed.success) {
    const onDate = parsed.data.onDate ?? todayInParis(options.now ?? new Date());
    return { ok: true, value: { ...parsed.data, onDate } };
  }
  const messages = options.locale === "en" ? en : fr;
  return { ok: false, errors: fieldErrors(input, parsed.error.issues, fieldMessages, messages) };
}

/**
 * Checks the axes of a parsed request against the programme's: each must be one of its priority
 * axes or "other". Returns the error to answer (400), or null when they all are.
 */
export function checkRequestAxes(
  axes: readonly string[],
  rules: Pick<EligibilityRules, "priorityAxes">,
  locale: Locale = "fr",
): FieldError | null {
  const known = [...rules.priorityAxes, OTHER_AXIS];
  if (axes.every((axis) => known.includes(axis))) return null;
  const template = (locale === "en" ? en : fr)["eligibility.error.unknownAxes"];
  return { field: "axes", message: interpolate(template, { axes: known.join(", ") }) };
}

/** The error answered when a request names a programme that does not exist (400). */
export function unknownProgrammeError(locale: Locale = "fr"): FieldError {
  const messages = locale === "en" ? en : fr;
  return { field: "programme", message: messages["eligibility.error.unknownProgramme"] };
}

/**
 * Turns Zod issues into one error per top-level field: "required" when the field is missing,
 * "unknownField" for unexpected fields, the field's own message otherwise.
 */
export function fieldErrors(
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
  messagesByField: Readonly<Record<string, string>>,
  catalogue: Readonly<Record<string, string>>,
): FieldError[] {
  const text = (key: string) => catalogue[key] ?? key;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return [{ field: "body", message: text("eligibility.error.body") }];
  }
  const errors = new Map<string, string>();
  const add = (field: string, key: string) => {
    if (!errors.has(field)) errors.set(field, text(key));
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      // A key with no name ("") is named "body": a client can always tell which field is wrong.
      for (const key of issue.keys)
        add(key === "" ? "body" : key, "eligibility.error.unknownField");
      continue;
    }
    const field = String(issue.path[0] ?? "body");
    const missing =
      !Object.hasOwn(input, field) || (input as Record<string, unknown>)[field] === undefined;
    add(
      field,
      missing ? "eligibility.error.required" : (messagesByField[field] ?? "eligibility.error.body"),
    );
  }
  return [...errors].map(([field, message]) => ({ field, message }));
}
