import { z } from "zod";
import { isDepartementCode } from "../../platform/geo/departements";
import type { Locale } from "../../platform/i18n/types";
import { axisIds } from "./axes";
import { type IsoDate, isIsoDate, todayInParis } from "./dates";
import { isLegalFormCode } from "./legal-forms";
import { type EligibilityErrorKey, en, fr } from "./messages";

/** A programme identifier in a URL or body: lowercase letters, digits and hyphens. */
export const programmeSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** The body of POST /api/v1/eligibility; unknown fields are refused. */
export const eligibilityRequestSchema = z.strictObject({
  programme: programmeSlugSchema,
  legalForm: z.string().refine(isLegalFormCode).nullable(),
  esus: z.boolean(),
  creationDate: z.string().refine(isIsoDate),
  axes: z
    .array(z.enum(axisIds))
    .max(axisIds.length * 4)
    .transform((axes) => [...new Set(axes)]),
  departement: z.string().refine(isDepartementCode),
  onDate: z.string().refine(isIsoDate).optional(),
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
  programme: "error.programme",
  legalForm: "error.legalForm",
  esus: "error.esus",
  creationDate: "error.creationDate",
  axes: "error.axes",
  departement: "error.departement",
  onDate: "error.onDate",
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
 * Turns Zod issues into one error per top-level field: "required" when the field is missing,
 * "unknownField" for unexpected fields, the field's own message otherwise.
 */
export function fieldErrors(
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
  messagesByField: Readonly<Record<string, string>>,
  catalogue: Readonly<Record<string, string>>,
): FieldError[] {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return [{ field: "body", message: catalogue["error.body"] ?? "error.body" }];
  }
  const errors = new Map<string, string>();
  const add = (field: string, key: string) => {
    if (!errors.has(field)) errors.set(field, catalogue[key] ?? key);
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(key, "error.unknownField");
      continue;
    }
    const field = String(issue.path[0] ?? "body");
    const missing =
      !Object.hasOwn(input, field) || (input as Record<string, unknown>)[field] === undefined;
    add(field, missing ? "error.required" : (messagesByField[field] ?? "error.body"));
  }
  return [...errors].map(([field, message]) => ({ field, message }));
}
