/**
 * The public eligibility form (one schema for the browser and the action): plain-language
 * answers, each with a "je ne sais pas", turned into the answers the rules check. Messages are
 * catalogue keys.
 */
import { z } from "zod";
import { departementFromInput } from "~/platform/geo/place-input";
import { axisCodePattern } from "./axes";
import { parseDateInput } from "./dates";
import { answersForChoice, legalFormChoices } from "./legal-forms";
import type { EligibilityAnswers } from "./types";

const choiceIds = legalFormChoices.map((choice) => choice.id) as [
  (typeof legalFormChoices)[number]["id"],
  ...(typeof legalFormChoices)[number]["id"][],
];

/** The ESUS question's answers. */
export const esusAnswers = ["yes", "no", "unknown"] as const;

/** The `intent` of the button that prefills the form from a SIRET number. */
export const PREFILL_INTENT = "prefill";

// The SIRET is only read by the prefill (checked on the server, where the registry is): the
// eligibility check itself keeps it as typed and does not use it.
const siretField = z.string().max(40).optional();

/** The eligibility form's fields, as posted. */
export const eligibilityFormSchema = z.object({
  siret: siretField,
  legalForm: z.enum(choiceIds, { error: "eligibility.form.error.legalForm" }),
  esus: z.enum(esusAnswers).optional(),
  creationDate: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return null;
      const iso = parseDateInput(value);
      if (iso === null)
        ctx.addIssue({ code: "custom", message: "eligibility.form.error.creationDate" });
      return iso;
    }),
  axes: z
    .array(z.string().regex(axisCodePattern, "eligibility.form.error.axes"))
    .optional()
    .transform((axes) => [...new Set(axes ?? [])]),
  departement: z
    .string({ error: "eligibility.form.error.departementRequired" })
    .transform((value, ctx) => {
      const code = departementFromInput(value);
      if (code === null)
        ctx.addIssue({ code: "custom", message: "eligibility.form.error.departement" });
      return code ?? "";
    }),
});

/**
 * The same form sent to be prefilled: only the SIRET is required (its checksum is checked by the
 * action); every other field is kept as typed and sent back.
 */
export const eligibilityPrefillSchema = z.object({
  siret: z
    .string({ error: "eligibility.prefill.siretRequired" })
    .max(40, "eligibility.prefill.siretRequired"),
});

/**
 * Tells whether a posted form asks for the prefill: the prefill button was used, or the visitor
 * typed a SIRET and nothing else and pressed Enter (the form's default action is the check).
 */
export function isPrefillRequest(formData: FormData): boolean {
  const intent = formData.get("intent");
  if (intent !== null) return intent === PREFILL_INTENT;
  const filled = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" && value.trim() !== "";
  };
  return filled("siret") && !filled("legalForm") && !filled("departement");
}

/** The form's values once valid. */
export type EligibilityFormValue = z.output<typeof eligibilityFormSchema>;

/** Turns the form's answers into the answers the rules check ("je ne sais pas" becomes null). */
export function answersFromForm(value: EligibilityFormValue): EligibilityAnswers {
  const choice = answersForChoice(value.legalForm);
  const esusAnswer = value.esus === "yes" ? true : value.esus === "no" ? false : null;
  return {
    legalForm: choice.legalForm,
    esus: choice.esus ?? esusAnswer,
    creationDate: value.creationDate,
    axes: value.axes.length > 0 ? value.axes : null,
    departement: value.departement,
  };
}
