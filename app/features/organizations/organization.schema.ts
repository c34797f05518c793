// The organisation identity form: one schema shared by the form (Conform) and its action.
// Inputs are what a form posts (strings, blanks for empty fields) or already-typed values;
// outputs are normalised (identifiers without spaces, website with a scheme, numbers as numbers).

import { z } from "zod";
import {
  answersForChoice,
  isLegalFormChoiceId,
  isLegalFormCode,
  type LegalFormChoiceId,
} from "~/features/eligibility";
import { calendarDateIn } from "~/platform/format/dates";
import type { Messages } from "~/platform/i18n/types";
import { validateRna, validateSiret } from "~/platform/identifiers";
import { budgetBandIds } from "./budget-bands";
import { fr } from "./messages";

export const ORGANIZATION_NAME_MAX_LENGTH = 200;
export const HEADCOUNT_MAX = 1_000_000;
// Older dates are typing mistakes ("0212" for "2012"); mutuals and foundations can be 19th-century.
export const CREATION_DATE_MIN = "1800-01-01";
// The easternmost French time zone (UTC+12): a date is "in the future" only when it is still
// tomorrow there, so no applicant anywhere in France or overseas is refused today's date.
const EASTERNMOST_FRENCH_TIME_ZONE = "Pacific/Wallis";

type OrganizationMessages = Messages<typeof fr>;

export type OrganizationSchemaOptions = {
  /** The catalogue the error messages come from (French by default). */
  readonly messages?: OrganizationMessages;
  /** The clock used to reject creation dates in the future. */
  readonly now?: () => Date;
};

/** Returns the calendar date (YYYY-MM-DD) of an instant in the easternmost French time zone. */
export function latestFrenchDate(instant: Date): string {
  return calendarDateIn(instant, EASTERNMOST_FRENCH_TIME_ZONE);
}

/** Trims strings and turns blank ones into undefined, as an empty form field means "no answer". */
export function blankToUndefined(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Turns "1 200" into 1200 so that headcounts typed with spaces are read as numbers. */
function toWholeNumber(value: unknown): unknown {
  const cleaned = blankToUndefined(value);
  if (typeof cleaned !== "string") return cleaned;
  const digits = cleaned.replace(/\s/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : cleaned;
}

/** Adds https:// to a website typed without a scheme ("www.asso.fr"). */
function withScheme(value: unknown): unknown {
  const cleaned = blankToUndefined(value);
  if (typeof cleaned !== "string") return cleaned;
  return /^[a-z][a-z\d+.-]*:\/\//i.test(cleaned) ? cleaned : `https://${cleaned}`;
}

/** A required text field; `compact` also removes inner spaces ("75 001" -> "75001"). */
function requiredText(required: string, { compact = false } = {}) {
  const clean = (value: unknown) => {
    const cleaned = blankToUndefined(value);
    return compact && typeof cleaned === "string" ? cleaned.replace(/\s/g, "") : cleaned;
  };
  return z.preprocess(clean, z.string({ error: required }));
}

function headcount(required: string, invalid: string) {
  return z.preprocess(
    toWholeNumber,
    z
      .number({ error: (issue) => (issue.input === undefined ? required : invalid) })
      .int(invalid)
      .min(0, invalid)
      .max(HEADCOUNT_MAX, invalid),
  );
}

function identifier(validate: typeof validateSiret | typeof validateRna, m: OrganizationMessages) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((raw, context) => {
        const result = validate(raw);
        if (result.ok) return result.value;
        context.issues.push({
          code: "custom",
          message: m[`organizations.${result.code}`],
          input: raw,
        });
        return z.NEVER;
      })
      .optional(),
  );
}

function website(invalid: string) {
  return z.preprocess(
    withScheme,
    z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: invalid })
      // "mailto:x@asso.fr" would become https://mailto:x@asso.fr: refuse credentials in URLs.
      .refine((url) => !/^https?:\/\/[^/?#]*@/i.test(url), invalid)
      .optional(),
  );
}

/**
 * A legal form as the form answers it: the INSEE code (null for "je ne sais pas") and, for the
 * company choices, the ESUS answer the choice gives.
 */
export type LegalFormAnswer = {
  readonly code: string | null;
  readonly esus?: boolean;
  /** The plain-language choice, when the applicant made one (not when an exact code was kept). */
  readonly choice?: LegalFormChoiceId;
};

/**
 * The legal form: one of the plain-language choices of the eligibility form, mapped to its code
 * by the same table (`answersForChoice`), or an exact INSEE code (from the company register or
 * the record, kept as it is when it is more precise than any choice).
 */
function legalForm(m: OrganizationMessages) {
  return requiredText(m["organizations.legalForm.required"]).transform(
    (value, context): LegalFormAnswer => {
      if (isLegalFormChoiceId(value)) {
        const answers = answersForChoice(value);
        return answers.esus === undefined
          ? { code: answers.legalForm, choice: value }
          : { code: answers.legalForm, esus: answers.esus, choice: value };
      }
      if (isLegalFormCode(value)) return { code: value };
      context.issues.push({
        code: "custom",
        message: m["organizations.legalForm.format"],
        input: value,
      });
      return z.NEVER;
    },
  );
}

/** The fields of the identity form, with the given messages and clock (shared by the profile form). */
export function identityShape(m: OrganizationMessages, now: () => Date) {
  return {
    name: requiredText(m["organizations.name.required"]).pipe(
      z.string().max(ORGANIZATION_NAME_MAX_LENGTH, m["organizations.name.tooLong"]),
    ),
    siret: identifier(validateSiret, m),
    rna: identifier(validateRna, m),
    legalForm: legalForm(m),
    creationDate: requiredText(m["organizations.creationDate.required"]).pipe(
      z.iso
        .date({ error: m["organizations.creationDate.invalid"], abort: true })
        .refine((date) => date >= CREATION_DATE_MIN, m["organizations.creationDate.tooOld"])
        .refine((date) => date <= latestFrenchDate(now()), m["organizations.creationDate.future"]),
    ),
    postcode: requiredText(m["organizations.postcode.required"], { compact: true }).pipe(
      z.string().regex(/^\d{5}$/, m["organizations.postcode.format"]),
    ),
    website: website(m["organizations.website.invalid"]),
    employees: headcount(
      m["organizations.employees.required"],
      m["organizations.employees.invalid"],
    ),
    volunteers: headcount(
      m["organizations.volunteers.required"],
      m["organizations.volunteers.invalid"],
    ),
    annualBudgetBand: z.preprocess(
      blankToUndefined,
      z.enum(budgetBandIds, { error: m["organizations.budgetBand.required"] }),
    ),
  };
}

/** The "at least one identifier" rule, as arguments of `.refine` on a schema with siret and rna. */
export function identifierPresentRule(m: OrganizationMessages) {
  const check = (identity: { siret?: string; rna?: string }) =>
    identity.siret !== undefined || identity.rna !== undefined;
  const params = {
    message: m["organizations.identifiers.missing"],
    path: ["siret"],
    // Also run when other fields are invalid, so the applicant sees every error at once.
    when: (payload: { value: unknown }) =>
      typeof payload.value === "object" && payload.value !== null,
  };
  return [check, params] as [typeof check, typeof params];
}

/** Builds the organisation identity schema with the given messages and clock. */
export function buildOrganizationIdentitySchema(options: OrganizationSchemaOptions = {}) {
  const m = options.messages ?? fr;
  const now = options.now ?? (() => new Date());
  return z.object(identityShape(m, now)).refine(...identifierPresentRule(m));
}

/** The organisation identity schema with French messages and the real clock. */
export const organizationIdentitySchema = buildOrganizationIdentitySchema();

export type OrganizationIdentity = z.output<typeof organizationIdentitySchema>;
export type OrganizationIdentityInput = z.input<typeof organizationIdentitySchema>;
