// French identifiers of an organisation: SIREN (legal unit), SIRET (establishment), RNA (association).
// Each validator takes what the user typed and returns the normalised number or an error code;
// the features that show them name their message by code (organizations: `organizations.${code}`).
// Identity checks only: no business rule and no UI text here.
//
// SIREN: 9 digits, Luhn-valid. SIRET: SIREN + 5-digit NIC, Luhn-valid over the 14 digits.
// Exception, La Poste (SIREN 356000000): when it became a company all its offices were grouped
// under one SIREN, too many for Luhn NICs, so INSEE checks its SIRETs by "the sum of the 14 digits
// is a multiple of 5". Only the head office, 356 000 000 00048, follows Luhn (its digit sum is 26),
// so it is accepted by name. Source: fr.wikipedia.org, "Système d'identification du répertoire des
// établissements", section on La Poste.
// Monaco's SIRET-like codes (with letters) are out of scope: the programme is for French structures.
// RNA: "W" then 9 characters (prefecture code, possibly with letters like 2A/9R, then digits).

import { isLuhnValid } from "./luhn";

export const LA_POSTE_SIREN = "356000000";
export const LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";

export type SirenErrorCode =
  | "siren.required"
  | "siren.characters"
  | "siren.length"
  | "siren.looksLikeSiret"
  | "siren.checksum";

export type SiretErrorCode =
  | "siret.required"
  | "siret.characters"
  | "siret.length"
  | "siret.looksLikeSiren"
  | "siret.looksLikeRna"
  | "siret.checksum";

export type RnaErrorCode = "rna.required" | "rna.format";

/** Every error code of the validators, so a feature's catalogue can be checked for each one. */
export const identifierErrorCodes = [
  "siren.required",
  "siren.characters",
  "siren.length",
  "siren.looksLikeSiret",
  "siren.checksum",
  "siret.required",
  "siret.characters",
  "siret.length",
  "siret.looksLikeSiren",
  "siret.looksLikeRna",
  "siret.checksum",
  "rna.required",
  "rna.format",
] as const satisfies readonly (SirenErrorCode | SiretErrorCode | RnaErrorCode)[];

export type IdentifierResult<Code extends string> =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: Code };

// Spaces of every kind (incl. non-breaking and narrow non-breaking), zero-width characters that
// come with copy-paste, dots and hyphens used as group separators.
const SEPARATORS = /[\s\u200b-\u200d\u2060.\u2010\u2011\u2013-]/g;
const DIGITS = /^\d+$/;
const RNA = /^W[0-9A-Z]{9}$/;

/** Removes separators (spaces, non-breaking spaces, dots, hyphens) and upper-cases the input. */
export function normalizeIdentifier(raw: string): string {
  return raw.replace(SEPARATORS, "").toUpperCase();
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const digit of digits) {
    sum += Number(digit);
  }
  return sum;
}

/** Validates a SIREN number (9 digits, Luhn) and returns it normalised. */
export function validateSiren(raw: string): IdentifierResult<SirenErrorCode> {
  const value = normalizeIdentifier(raw);
  if (value === "") return { ok: false, code: "siren.required" };
  if (!DIGITS.test(value)) return { ok: false, code: "siren.characters" };
  if (value.length === 14) return { ok: false, code: "siren.looksLikeSiret" };
  if (value.length !== 9) return { ok: false, code: "siren.length" };
  if (!isLuhnValid(value)) return { ok: false, code: "siren.checksum" };
  return { ok: true, value };
}

function isSiretChecksumValid(siret: string): boolean {
  const siren = siret.slice(0, 9);
  if (siren === LA_POSTE_SIREN) {
    return siret === LA_POSTE_HEAD_OFFICE_SIRET || digitSum(siret) % 5 === 0;
  }
  return isLuhnValid(siren) && isLuhnValid(siret);
}

/** Validates a SIRET number (14 digits, Luhn, La Poste exception) and returns it normalised. */
export function validateSiret(raw: string): IdentifierResult<SiretErrorCode> {
  const value = normalizeIdentifier(raw);
  if (value === "") return { ok: false, code: "siret.required" };
  if (RNA.test(value)) return { ok: false, code: "siret.looksLikeRna" };
  if (!DIGITS.test(value)) return { ok: false, code: "siret.characters" };
  if (value.length === 9) return { ok: false, code: "siret.looksLikeSiren" };
  if (value.length !== 14) return { ok: false, code: "siret.length" };
  if (!isSiretChecksumValid(value)) return { ok: false, code: "siret.checksum" };
  return { ok: true, value };
}

/** Returns the SIREN (first 9 digits) of a valid SIRET, or null when the SIRET is not valid. */
export function sirenFromSiret(siret: string): string | null {
  const result = validateSiret(siret);
  return result.ok ? result.value.slice(0, 9) : null;
}

/** Validates an RNA association number ("W" + 9 letters or digits) and returns it normalised. */
export function validateRna(raw: string): IdentifierResult<RnaErrorCode> {
  const value = normalizeIdentifier(raw);
  if (value === "") return { ok: false, code: "rna.required" };
  if (!RNA.test(value)) return { ok: false, code: "rna.format" };
  return { ok: true, value };
}
