// The State's company registry (API Recherche d'entreprises), browser-safe part: the shape of
// its answers mapped to our words, and what a query looks for. The client is in index.server.ts.
export type {
  RegistryClient,
  RegistrySearch,
  RegistryUnavailableReason,
} from "./registry-client.server";
export {
  classifyRegistryQuery,
  REGISTRY_QUERY_MIN_LENGTH,
  type RegistryQueryKind,
} from "./registry-query";
export {
  parseRegistryResponse,
  type RegistryEntry,
  type RegistryResponse,
  registryResponseSchema,
  streetFromAddress,
  toRegistryEntry,
} from "./registry-response";
