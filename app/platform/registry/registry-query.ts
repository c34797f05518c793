// What a search of the company registry looks for: an identifier (SIRET, SIREN, RNA number)
// without its separators, or a name.

import { normalizeIdentifier } from "~/platform/identifiers";

/** The company-search API refuses queries shorter than this. */
export const REGISTRY_QUERY_MIN_LENGTH = 3;

export type RegistryQueryKind = "siret" | "siren" | "rna" | "text";

/** What a registry search looks for, and the query to send: identifiers without separators. */
export function classifyRegistryQuery(raw: string): { kind: RegistryQueryKind; query: string } {
  const text = raw.trim().replace(/\s+/g, " ");
  const compact = normalizeIdentifier(text);
  if (/^\d{14}$/.test(compact)) return { kind: "siret", query: compact };
  if (/^\d{9}$/.test(compact)) return { kind: "siren", query: compact };
  if (/^W[0-9A-Z]{9}$/.test(compact)) return { kind: "rna", query: compact };
  return { kind: "text", query: text };
}
