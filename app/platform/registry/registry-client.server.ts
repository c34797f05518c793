// A small client of the State's company-search API ("API Recherche d'entreprises": public,
// no key). Every failure becomes a result the page can explain, never an exception: the
// applicant then enters the details by hand. Answers are cached; failures are not.

import type { Logger } from "~/platform/logger.server";
import type { RegistryCache } from "./registry-cache.server";
import { classifyRegistryQuery, REGISTRY_QUERY_MIN_LENGTH } from "./registry-query";
import { parseRegistryResponse, type RegistryEntry } from "./registry-response";

/** The registry is given this long to answer before the page falls back to manual entry. */
export const REGISTRY_TIMEOUT_MS = 3000;
/** Results asked for per search (the API's default page size). */
export const REGISTRY_PAGE_SIZE = 10;
// Bump when the cached shape changes, so that old entries are ignored.
const CACHE_VERSION = "v1";

export type RegistryUnavailableReason =
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "network"
  | "invalid_response";

export type RegistrySearch =
  | { status: "found"; entries: RegistryEntry[]; total: number }
  | { status: "empty" }
  | { status: "unavailable"; reason: RegistryUnavailableReason };

/** What the pages need from the registry. */
export interface RegistryClient {
  /** Searches by SIRET, SIREN, RNA number or name; never throws. */
  search(query: string): Promise<RegistrySearch>;
}

export type RegistryClientOptions = {
  /** e.g. https://recherche-entreprises.api.gouv.fr (REGISTRY_API_URL). */
  baseUrl: string;
  /** Defaults to REGISTRY_TIMEOUT_MS. */
  timeoutMs?: number;
  cache?: RegistryCache;
  logger?: Pick<Logger, "warn">;
  fetch?: typeof fetch;
};

/** The cache key of a query: same query, whatever its case and spacing, same key. */
export function registryCacheKey(query: string): string {
  return `${CACHE_VERSION}:search:${classifyRegistryQuery(query).query.toLowerCase()}`;
}

/** Creates a registry client; `timeoutMs` is exposed so callers and tests can read it. */
export function createRegistryClient(
  options: RegistryClientOptions,
): RegistryClient & { timeoutMs: number } {
  const timeoutMs = options.timeoutMs ?? REGISTRY_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");

  async function fetchSearch(query: string): Promise<RegistrySearch> {
    const url = new URL(`${baseUrl}/search`);
    url.searchParams.set("q", query);
    url.searchParams.set("page", "1");
    url.searchParams.set("per_page", String(REGISTRY_PAGE_SIZE));
    let response: Response;
    let body: unknown;
    try {
      // The signal also covers reading the body: a server that stalls mid-answer times out too.
      const signal = AbortSignal.timeout(timeoutMs);
      response = await doFetch(url, { headers: { accept: "application/json" }, signal });
      if (response.status === 429) return unavailable("rate_limited", response.status);
      if (response.status >= 500) return unavailable("server_error", response.status);
      // 400: the API refuses the query itself (too short, bad characters): nothing to show.
      if (response.status === 400 || response.status === 404) return { status: "empty" };
      if (!response.ok) return unavailable("server_error", response.status);
      body = await response.json().catch(() => undefined);
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      return unavailable(name === "TimeoutError" || name === "AbortError" ? "timeout" : "network");
    }
    const parsed = parseRegistryResponse(body);
    if (!parsed) return unavailable("invalid_response");
    if (parsed.entries.length === 0) return { status: "empty" };
    return { status: "found", ...parsed };
  }

  function unavailable(reason: RegistryUnavailableReason, status?: number): RegistrySearch {
    options.logger?.warn({ reason, status }, "company registry unavailable");
    return { status: "unavailable", reason };
  }

  return {
    timeoutMs,
    async search(raw) {
      const { query } = classifyRegistryQuery(raw);
      if (query.length < REGISTRY_QUERY_MIN_LENGTH) return { status: "empty" };
      const key = registryCacheKey(query);
      const cached = await options.cache?.get(key);
      if (cached) return cached as RegistrySearch;
      const result = await fetchSearch(query);
      if (result.status !== "unavailable") await options.cache?.set(key, result);
      return result;
    },
  };
}
