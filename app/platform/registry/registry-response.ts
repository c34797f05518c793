// The answer of the State's company-search API ("API Recherche d'entreprises",
// GET https://recherche-entreprises.api.gouv.fr/search?q=...) and its mapping to what our
// identity form needs. Pure: parsed with Zod, tested with responses of the real shape.
// Only the fields we use are declared; the API sends many more, which are ignored.

import { z } from "zod";
import { isDepartementCode } from "~/platform/geo";
import { validateRna } from "~/platform/identifiers";

const text = z.string().nullish();

const establishmentSchema = z.object({
  siret: text,
  adresse: text,
  code_postal: text,
  libelle_commune: text,
  departement: text,
  region: text,
  etat_administratif: text,
});

const resultSchema = z.object({
  siren: z.string(),
  nom_complet: text,
  nom_raison_sociale: text,
  nature_juridique: text,
  date_creation: text,
  etat_administratif: text,
  siege: establishmentSchema.nullish(),
  complements: z
    .object({
      est_ess: z.boolean().nullish(),
      est_association: z.boolean().nullish(),
      identifiant_association: text,
    })
    .nullish(),
});

export const registryResponseSchema = z.object({
  results: z.array(resultSchema),
  total_results: z.number().int().nonnegative(),
  page: z.number().int().optional(),
  per_page: z.number().int().optional(),
  total_pages: z.number().int().optional(),
});

export type RegistryResponse = z.infer<typeof registryResponseSchema>;
type RegistryResult = z.infer<typeof resultSchema>;

/** One organisation found in the registry, in the words of our identity form. */
export type RegistryEntry = {
  siren: string;
  siret: string | null;
  name: string;
  legalFormCode: string | null;
  creationDate: string | null;
  addressLine: string | null;
  postcode: string | null;
  commune: string | null;
  departement: string | null;
  essMember: boolean | null;
  rna: string | null;
  isAssociation: boolean;
  /** The registry says the organisation has ceased ("C"). */
  closed: boolean;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim().replace(/\s+/g, " ");
  return trimmed ? trimmed : null;
}

/**
 * The street part of the API's one-line address ("12 RUE D'ORAN 13003 MARSEILLE"): the postcode
 * and the commune have their own fields, so they are cut from the end when they are there.
 */
export function streetFromAddress(
  address: string | null | undefined,
  postcode: string | null | undefined,
  commune: string | null | undefined,
): string | null {
  const full = clean(address);
  if (!full) return null;
  const code = clean(postcode);
  if (!code) return full;
  const index = full.lastIndexOf(code);
  if (index < 0) return full;
  const tail = full.slice(index + code.length).trim();
  const townWord = clean(commune)?.split(" ")[0]?.toUpperCase();
  // Only cut "<postcode> <commune>" at the end, never a number in the middle of the street.
  const endsWithTown =
    tail === "" || (townWord !== undefined && tail.toUpperCase().startsWith(townWord));
  return endsWithTown ? clean(full.slice(0, index)) : full;
}

/** Maps one API result to a registry entry. */
export function toRegistryEntry(result: RegistryResult): RegistryEntry {
  const siege = result.siege ?? null;
  const rna = clean(result.complements?.identifiant_association);
  const departement = clean(siege?.departement);
  const creationDate = clean(result.date_creation);
  const legalForm = clean(result.nature_juridique);
  const siret = clean(siege?.siret);
  return {
    siren: result.siren,
    siret: siret && /^\d{14}$/.test(siret) ? siret : null,
    name: clean(result.nom_complet) ?? clean(result.nom_raison_sociale) ?? result.siren,
    legalFormCode: legalForm && /^\d{4}$/.test(legalForm) ? legalForm : null,
    creationDate: creationDate && ISO_DATE.test(creationDate) ? creationDate : null,
    addressLine: streetFromAddress(siege?.adresse, siege?.code_postal, siege?.libelle_commune),
    postcode: clean(siege?.code_postal),
    commune: clean(siege?.libelle_commune),
    departement: departement && isDepartementCode(departement) ? departement : null,
    essMember: result.complements?.est_ess ?? null,
    rna: rna && validateRna(rna).ok ? rna : null,
    isAssociation: result.complements?.est_association ?? false,
    closed: result.etat_administratif === "C",
  };
}

/** Parses a raw API body; null when it does not have the documented shape. */
export function parseRegistryResponse(
  body: unknown,
): { entries: RegistryEntry[]; total: number } | null {
  const parsed = registryResponseSchema.safeParse(body);
  if (!parsed.success) return null;
  return {
    entries: parsed.data.results.map(toRegistryEntry),
    total: parsed.data.total_results,
  };
}
