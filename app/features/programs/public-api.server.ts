/**
 * The public JSON API's answers (routes in app/routes/api/v1 turn them into responses). Input
 * is untrusted: a body that is not JSON, a wrong type or an unknown field is a 400 naming the
 * fields, never a 500.
 */

import {
  checkEligibility,
  checkRequestAxes,
  eligibilityMessagesEn,
  eligibilityMessagesFr,
  type FieldError,
  parseEligibilityRequest,
  toEligibilityResponse,
  unknownProgrammeError,
} from "~/features/eligibility";
import {
  answerFundingRequest,
  fundingMessagesEn,
  fundingMessagesFr,
  parseFundingRequest,
} from "~/features/funding";
import type { Database } from "~/platform/db/types";
import type { JsonBody } from "~/platform/http/read-body.server";
import type { Locale } from "~/platform/i18n/types";
import type { ApiAnswer } from "~/platform/openapi";
import { en, fr } from "./messages";
import { toPublicProgramme } from "./public-config";
import { getProgrammeConfig, listProgrammes } from "./queries.server";
import { toAxisLabels, toEligibilityRules, toFundingRules } from "./rules";

const messagesOf = (locale: Locale) => (locale === "en" ? en : fr);

/** 400: the request is malformed; each invalid field is named. */
export function badRequest(errors: readonly FieldError[], locale: Locale): ApiAnswer {
  return { status: 400, body: { message: messagesOf(locale)["programs.api.badRequest"], errors } };
}

/** 404: nothing at this address (an unknown programme slug in the URL). */
export function notFoundAnswer(locale: Locale): ApiAnswer {
  return { status: 404, body: { message: messagesOf(locale)["programs.api.notFound"] } };
}

/** 405: the address exists but not for this HTTP method. */
export function methodNotAllowed(locale: Locale): ApiAnswer {
  return { status: 405, body: { message: messagesOf(locale)["programs.api.methodNotAllowed"] } };
}

/** GET /api/v1/programmes: every programme's public configuration. */
export async function answerProgrammeList(db: Database): Promise<ApiAnswer> {
  const summaries = await listProgrammes(db);
  const configs = await Promise.all(summaries.map((p) => getProgrammeConfig(db, p.slug)));
  const programmes = configs.flatMap((config) => (config ? [toPublicProgramme(config)] : []));
  return { status: 200, body: { programmes } };
}

/** GET /api/v1/programmes/{slug}: one programme's public configuration, or 404. */
export async function answerProgramme(
  db: Database,
  slug: string,
  locale: Locale,
): Promise<ApiAnswer> {
  const config = /^[a-z0-9][a-z0-9-]{0,63}$/.test(slug) ? await getProgrammeConfig(db, slug) : null;
  return config ? { status: 200, body: toPublicProgramme(config) } : notFoundAnswer(locale);
}

/** POST /api/v1/eligibility: checks the answers against the programme's rules, read from the database. */
export async function answerEligibility(
  db: Database,
  json: JsonBody,
  options: { readonly locale: Locale; readonly now?: Date },
): Promise<ApiAnswer> {
  const { locale } = options;
  if (!json.ok) {
    const catalogue = locale === "en" ? eligibilityMessagesEn : eligibilityMessagesFr;
    return badRequest([{ field: "body", message: catalogue["eligibility.error.body"] }], locale);
  }
  const parsed = parseEligibilityRequest(json.value, { locale, now: options.now });
  if (!parsed.ok) return badRequest(parsed.errors, locale);
  const config = await getProgrammeConfig(db, parsed.value.programme);
  if (!config) return badRequest([unknownProgrammeError(locale)], locale);
  const rules = toEligibilityRules(config);
  const axesError = checkRequestAxes(parsed.value.axes, rules, locale);
  if (axesError) return badRequest([axesError], locale);
  const result = checkEligibility(parsed.value, rules, parsed.value.onDate);
  return {
    status: 200,
    body: toEligibilityResponse(result, { axes: toAxisLabels(config), locale }),
  };
}

/** POST /api/v1/funding/simulate: the programme's share and the remaining cost, or 422 out of bounds. */
export async function answerFundingSimulation(
  db: Database,
  json: JsonBody,
  options: { readonly locale: Locale },
): Promise<ApiAnswer> {
  const { locale } = options;
  const catalogue = locale === "en" ? fundingMessagesEn : fundingMessagesFr;
  if (!json.ok) {
    return badRequest([{ field: "body", message: catalogue["funding.error.body"] }], locale);
  }
  const parsed = parseFundingRequest(json.value, { locale });
  if (!parsed.ok) return badRequest(parsed.errors, locale);
  const config = await getProgrammeConfig(db, parsed.value.programme);
  if (!config) {
    return badRequest(
      [{ field: "programme", message: catalogue["funding.error.unknownProgramme"] }],
      locale,
    );
  }
  const answer = answerFundingRequest(parsed.value, toFundingRules(config), locale);
  if (answer.status === 200) return answer;
  const message = answer.errors[0]?.message ?? messagesOf(locale)["programs.api.badRequest"];
  return { status: 422, body: { message, errors: answer.errors } };
}
