// The company registry client and its database cache (server only). The app builds one client in
// app/services.server.ts; pages reach it as `context.services.registry`.
export {
  createDatabaseRegistryCache,
  REGISTRY_CACHE_TTL_MS,
  type RegistryCache,
} from "./registry-cache.server";
export {
  createRegistryClient,
  REGISTRY_PAGE_SIZE,
  REGISTRY_TIMEOUT_MS,
  type RegistryClient,
  type RegistryClientOptions,
  type RegistrySearch,
  type RegistryUnavailableReason,
  registryCacheKey,
} from "./registry-client.server";
