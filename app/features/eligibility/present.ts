import { formatCalendarDate } from "~/platform/format/dates";
import { getDepartement } from "~/platform/geo/departements";
import { interpolate, type Locale } from "~/platform/i18n/types";
import type { AxisLabel } from "./axes";
import { en, fr } from "./messages";
import type { CriterionId, CriterionParams, EligibilityResult, Met } from "./types";

const catalogues = { fr, en } as const;

/** The API answer of POST /api/v1/eligibility. */
export interface EligibilityResponse {
  readonly eligible: Met;
  readonly criteria: readonly { id: CriterionId; met: Met; message: string }[];
}

/** How to write a result: the locale, and the programme's axes with their labels (data). */
export interface PresentOptions {
  readonly axes: readonly AxisLabel[];
  readonly locale?: Locale;
}

/** Turns a result into the API answer, each criterion with its sentence in the given locale. */
export function toEligibilityResponse(
  result: EligibilityResult,
  options: PresentOptions,
): EligibilityResponse {
  const locale = options.locale ?? "fr";
  return {
    eligible: result.eligible,
    criteria: result.criteria.map(({ id, met, messageKey, params }) => ({
      id,
      met,
      message: interpolate(catalogues[locale][messageKey], formatParams(params, options)),
    })),
  };
}

/** Returns the next-step advice of a result as a sentence in the given locale. */
export function describeNextStep(result: EligibilityResult, options: PresentOptions): string {
  const { messageKey, params } = result.nextStep;
  return interpolate(catalogues[options.locale ?? "fr"][messageKey], formatParams(params, options));
}

/** Formats a criterion's parameters for display: dates in words, axes as a list, département named. */
export function formatParams(
  params: CriterionParams,
  options: PresentOptions,
): Record<string, string | number> {
  const locale = options.locale ?? "fr";
  const out: Record<string, string | number> = {};
  if (params.years !== undefined) out.years = params.years;
  if (params.eligibleFrom !== undefined)
    out.eligibleFrom = formatCalendarDate(params.eligibleFrom, locale);
  if (params.axes !== undefined) out.axes = formatAxes(params.axes, options.axes, locale);
  if (params.departement !== undefined) out.departement = formatDepartement(params.departement);
  return out;
}

/**
 * Lists axes by their programme labels, in lower case inside the sentence ("habitat et aidants");
 * a label starting with an acronym ("ESS ...") keeps its capitals. An unknown code shows as is.
 */
function formatAxes(codes: readonly string[], axes: readonly AxisLabel[], locale: Locale): string {
  const words = codes.map((code) => inSentence(axes.find((a) => a.code === code)?.label ?? code));
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(words);
}

function inSentence(label: string): string {
  const [first = "", second = ""] = label;
  return second === second.toLowerCase() ? first.toLowerCase() + label.slice(1) : label;
}

function formatDepartement(code: string): string {
  const departement = getDepartement(code);
  return departement ? `${departement.name} (${code})` : code;
}
