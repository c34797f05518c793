// The legal form of the profile form and of the profile summary (pure): the plain-language
// choices of the eligibility form, or the exact INSEE code when it says more than any choice.
import { choiceStandingFor, isLegalFormCode, legalFormLabel } from "~/features/eligibility";

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

/** A stored code with INSEE's label (null when the table does not know the code). */
export function describeLegalForm(code: string): { code: string; label: string | null } {
  return { code, label: legalFormLabel(code) };
}
