import { z } from "zod";
import type { Locale } from "~/platform/i18n/types";
import { supportLevelIds } from "./levels";
import { en, fr } from "./messages";
import { MAX_TOTAL_COST_CENTS } from "./rules";

/**
 * The body of POST /api/v1/funding/simulate; unknown fields are refused. Shape errors here answer
 * 400; a rate outside the level's range is checked against the programme later (422).
 */
export const fundingRequestSchema = z.strictObject({
  programme: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/)
    .meta({ description: "Identifiant du programme (slug), par exemple « digitess »." }),
  level: z
    .enum(supportLevelIds)
    .meta({ description: "Échelon : diagnostic, scoping (cadrage) ou production." }),
  totalCostCents: z
    .int()
    .min(0)
    .max(MAX_TOTAL_COST_CENTS)
    .meta({ description: "Coût total du projet, en centimes d'euro." }),
  ratePercent: z.int().min(0).max(100).optional().meta({
    description:
      "Taux de prise en charge demandé, en pourcentage entier ; par défaut, le taux le plus bas de l'échelon.",
  }),
});

/** The body answered by POST /api/v1/funding/simulate (200): amounts in integer cents. */
export const fundingResponseSchema = z.strictObject({
  level: z.enum(supportLevelIds),
  minRatePercent: z.int().min(0).max(100),
  maxRatePercent: z.int().min(0).max(100),
  ratePercent: z.int().min(0).max(100).meta({ description: "Le taux appliqué." }),
  programmeShareCents: z.int().min(0).meta({
    description: "Part payée par le programme, arrondie au centime (demi-centime vers le haut).",
  }),
  remainingCents: z.int().min(0).meta({ description: "Reste à charge de la structure." }),
});

/** A valid funding simulation request. */
export type FundingRequest = z.output<typeof fundingRequestSchema>;

/** One invalid field of a request, with a message for the user. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A request's parsing outcome: the value, or the invalid fields (answer 400). */
export type FundingParseResult =
  | { readonly ok: true; readonly value: FundingRequest }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Parses a simulation request body, naming each invalid field with one message (French by default). */
export function parseFundingRequest(
  input: unknown,
  options: { readonly locale?: Locale } = {},
): FundingParseResult {
  const parsed = fundingRequestSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const messages = options.locale === "en" ? en : fr;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: "body", message: messages["funding.error.body"] }] };
  }
  const record = input as Record<string, unknown>;
  const errors = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const fields = issue.code === "unrecognized_keys" ? issue.keys : [String(issue.path[0])];
    for (const field of fields) {
      if (!errors.has(field)) errors.set(field, messageFor(field, issue, record, messages));
    }
  }
  return { ok: false, errors: [...errors].map(([field, message]) => ({ field, message })) };
}

function messageFor(
  field: string,
  issue: z.core.$ZodIssue,
  record: Record<string, unknown>,
  messages: typeof en,
): string {
  if (issue.code === "unrecognized_keys") return messages["funding.error.unknownField"];
  if (record[field] === undefined) return messages["funding.error.required"];
  if (field === "totalCostCents" && issue.code === "too_big") {
    return messages["funding.error.totalCostTooLarge"];
  }
  const key = `funding.error.${field}`;
  return key in messages ? messages[key as keyof typeof messages] : messages["funding.error.body"];
}
