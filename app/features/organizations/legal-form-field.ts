// The legal form of the profile form and of the profile summary (pure): the plain-language
// choices of the eligibility form, or the exact INSEE code when it says more than any choice.
import {
  choiceStandingFor,
  isLegalFormChoiceId,
  isLegalFormCode,
  type LegalFormChoiceId,
  legalFormLabel,
} from "~/features/eligibility";

/** What the legal-form list starts on, and the exact code it offers besides the choices. */
export type LegalFormSelection = {
  /** The option selected: a choice id, an exact code, or "" (nothing chosen yet). */
  readonly selected: string;
  /** A code from the register or the record that no choice stands for, offered as it is. */
  readonly exactCode: string | null;
};

/**
 * The list's starting point for a value (a choice id as posted, or a code from the register or
 * the record): a code a choice stands for without loss shows as that choice ("9220" as
 * "Association loi 1901"); a more precise one (9230, 5499) is offered as it is, so that saving
 * the form never changes it. `esus` is the ESUS answer known with it (null: unknown).
 */
export function legalFormSelection(value: string, esus: boolean | null): LegalFormSelection {
  const trimmed = value.trim();
  if (!isLegalFormCode(trimmed)) return { selected: trimmed, exactCode: null };
  const choice = choiceStandingFor(trimmed, esus);
  return choice ? { selected: choice, exactCode: null } : { selected: trimmed, exactCode: trimmed };
}

/** How a stored legal form reads: the choice made by hand, or the code with INSEE's label. */
export type LegalFormDescription =
  | { readonly kind: "choice"; readonly choice: Exclude<LegalFormChoiceId, "unknown"> }
  | { readonly kind: "code"; readonly code: string; readonly label: string | null };

/**
 * A stored legal form as the profile shows it. A choice made by hand reads as that choice
 * ("Entreprise commerciale sans l'agrément ESUS"), never as the representative code the rules were
 * given (5710 would read "SAS" for an SARL); a code from the register reads with INSEE's label
 * (null when the table does not know it). Nothing known (no code, "je ne sais pas"): null.
 */
export function describeLegalForm(
  code: string | null,
  choice: string | null = null,
): LegalFormDescription | null {
  if (isLegalFormChoiceId(choice) && choice !== "unknown") return { kind: "choice", choice };
  if (!code) return null;
  return { kind: "code", code, label: legalFormLabel(code) };
}
