// The organisation profile form prefilled from what the company registry says (pure).

import type { RegistryEntry } from "~/platform/registry";

/** The values of the profile form prefilled from a registry entry (strings, as a form posts). */
export function prefillFromEntry(entry: RegistryEntry): Record<string, string> {
  const values: Record<string, string> = { name: entry.name };
  if (entry.siret) values.siret = entry.siret;
  if (entry.rna) values.rna = entry.rna;
  if (entry.legalFormCode) values.legalForm = entry.legalFormCode;
  if (entry.creationDate) values.creationDate = entry.creationDate;
  if (entry.addressLine) values.addressLine = entry.addressLine;
  if (entry.postcode) values.postcode = entry.postcode;
  if (entry.commune) values.commune = entry.commune;
  if (entry.essMember) values.essMember = "on";
  return values;
}
