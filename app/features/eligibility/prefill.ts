/**
 * Prefilling the public eligibility form from what the public company register says of a
 * structure (found by its SIRET). Pure: the lookup itself is in prefill-eligibility.server.ts.
 * The register knows the legal form (INSEE code), the creation date and the head office's place;
 * it does not know the ESUS approval (a prefectoral approval: its "ESS" flag is not the same
 * thing), so for a commercial company the visitor still says whether it has it.
 */

import { departementFromInput } from "~/platform/geo/place-input";
import type { RegistryUnavailableReason } from "~/platform/registry";
import { isIsoDate } from "./dates";
import { choiceForCode, type LegalFormChoiceId } from "./legal-forms";

/** What the register says of a structure, as far as the eligibility form is concerned. */
export interface RegistryFacts {
  readonly name: string;
  /** INSEE legal category, four digits. */
  readonly legalFormCode: string | null;
  /** Known ESUS approval; null when the source does not say (the company register never does). */
  readonly esusApproved?: boolean | null;
  /** "YYYY-MM-DD". */
  readonly creationDate: string | null;
  readonly departement: string | null;
  readonly postcode: string | null;
  /** The register says the structure has ceased. */
  readonly closed: boolean;
}

/** The fields of the eligibility form a register entry fills, as a form posts them. */
export interface EligibilityPrefillValues {
  legalForm?: LegalFormChoiceId;
  esus?: "yes" | "no";
  /** "DD/MM/YYYY", as the form's hint shows dates. */
  creationDate?: string;
  departement?: string;
}

/** What the page says after a successful lookup. */
export interface EligibilityPrefill {
  readonly values: EligibilityPrefillValues;
  /** The register names a commercial company: the visitor says whether it is ESUS-approved. */
  readonly legalFormAsked: boolean;
}

/** What the page tells the visitor after a prefill request (null: a field error to correct). */
export type PrefillOutcome =
  | { status: "found"; name: string; closed: boolean; legalFormAsked: boolean }
  | { status: "empty" }
  | { status: "unavailable"; reason: RegistryUnavailableReason };

/** Writes a "YYYY-MM-DD" date the way French visitors type it: "DD/MM/YYYY". */
export function toDateInput(iso: string): string | null {
  if (!isIsoDate(iso)) return null;
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/** The form values a register entry gives (only what it knows; nothing is guessed). */
export function prefillFromRegistry(facts: RegistryFacts): EligibilityPrefill {
  const values: EligibilityPrefillValues = {};
  const esus = facts.esusApproved ?? null;
  const choice = facts.legalFormCode ? choiceForCode(facts.legalFormCode, esus) : null;
  if (choice) values.legalForm = choice;
  if (esus !== null) values.esus = esus ? "yes" : "no";
  const date = facts.creationDate ? toDateInput(facts.creationDate) : null;
  if (date) values.creationDate = date;
  const departement =
    (facts.departement ? departementFromInput(facts.departement) : null) ??
    (facts.postcode ? departementFromInput(facts.postcode) : null);
  if (departement) values.departement = departement;
  return { values, legalFormAsked: facts.legalFormCode !== null && choice === null };
}

/**
 * The form's values after a prefill: what the visitor typed, with the register's values over the
 * fields it knows, and the SIRET as checked. The button's `intent` is not a field: it is dropped.
 */
export function mergePrefill<Value>(
  typed: Record<string, Value> | null | undefined,
  values: EligibilityPrefillValues,
  siret: string,
): Record<string, Value | string> {
  const { intent: _intent, ...kept } = typed ?? {};
  return { ...kept, ...values, siret };
}
