import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/platform/db/types";
import { parseEnv } from "~/platform/env.server";
import { registryCache } from "../../../db/schema";
import {
  type RegistryReplay,
  registryFixtures,
  startRegistryReplay,
} from "../../../tests/support/registry-replay";
import { createTestDatabase } from "../../../tests/support/test-database";
import { createDatabaseRegistryCache, REGISTRY_CACHE_TTL_MS } from "./registry-cache.server";
import {
  createRegistryClient,
  REGISTRY_PAGE_SIZE,
  REGISTRY_TIMEOUT_MS,
  registryCacheKey,
} from "./registry-client.server";

// The company registry client against a local server replaying answers of the real API's shape.
// Nothing here reaches the internet: every base URL is 127.0.0.1.
let replay: RegistryReplay;
let database: DatabaseHandle;

beforeAll(async () => {
  replay = await startRegistryReplay({ slowDelayMs: 3600 });
  database = await createTestDatabase();
});
afterAll(async () => {
  await replay?.close();
  await database?.close();
});

/** A client with a short timeout (the 3 s default is tested once, below) and no cache. */
const quickClient = (timeoutMs = 400) => createRegistryClient({ baseUrl: replay.url, timeoutMs });

describe("registry client", () => {
  it("finds organisations by name, with the documented query parameters", async () => {
    const before = replay.queries.length;
    const result = await quickClient().search("  jardins   marseille ");
    expect(result.status).toBe("found");
    if (result.status !== "found") return;
    expect(result.entries.map((entry) => entry.siren)).toEqual([registryFixtures.belleDeMai.siren]);
    expect(replay.queries.slice(before)).toEqual(["jardins marseille"]);
    const all = await quickClient().search("jardins");
    expect(all.status === "found" && all.entries.map((entry) => entry.name)).toEqual([
      "LES JARDINS DE LA BELLE DE MAI",
      "JARDINS PARTAGES DU PAYS D'AIX",
      "LES JARDINS CREOLES",
    ]);
    expect(REGISTRY_PAGE_SIZE).toBe(10);
  });

  it("finds one organisation by SIRET typed with spaces (sent without them)", async () => {
    const result = await quickClient().search("812 345 676 00017");
    expect(result).toMatchObject({
      status: "found",
      total: 1,
      entries: [{ siret: "81234567600017", departement: "13", rna: "W133012345" }],
    });
    expect(replay.queries.at(-1)).toBe("81234567600017");
  });

  it("reports an empty result", async () => {
    expect(await quickClient().search("association introuvable")).toEqual({ status: "empty" });
  });

  it("does not call the registry for a query shorter than 3 characters", async () => {
    const before = replay.queries.length;
    expect(await quickClient().search(" a ")).toEqual({ status: "empty" });
    expect(replay.queries.length).toBe(before);
  });

  it.each([
    ["quota", "rate_limited"],
    ["panne", "server_error"],
    ["illisible", "invalid_response"],
  ])("turns %j (a 429, a 500, an unreadable answer) into %s", async (query, reason) => {
    expect(await quickClient().search(query)).toEqual({ status: "unavailable", reason });
  });

  it("gives up after its timeout", async () => {
    const started = Date.now();
    expect(await quickClient(300).search("lenteur")).toEqual({
      status: "unavailable",
      reason: "timeout",
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("waits 3 s by default, then gives up", async () => {
    const client = createRegistryClient({ baseUrl: replay.url });
    expect(client.timeoutMs).toBe(REGISTRY_TIMEOUT_MS);
    expect(REGISTRY_TIMEOUT_MS).toBe(3000);
    const started = Date.now();
    expect(await client.search("lenteur")).toEqual({ status: "unavailable", reason: "timeout" });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(elapsed).toBeLessThan(3500);
  });

  it("reports a registry that cannot be reached", async () => {
    const closed = await startRegistryReplay();
    const url = closed.url;
    await closed.close();
    const result = await createRegistryClient({ baseUrl: url, timeoutMs: 1000 }).search("jardins");
    expect(result).toEqual({ status: "unavailable", reason: "network" });
  });

  it("defaults to the State's API, configurable with REGISTRY_API_URL", () => {
    expect(parseEnv({}).REGISTRY_API_URL).toBe("https://recherche-entreprises.api.gouv.fr");
    expect(parseEnv({ REGISTRY_API_URL: replay.url }).REGISTRY_API_URL).toBe(replay.url);
    expect(() => parseEnv({ REGISTRY_API_URL: "pas une url" })).toThrow(/REGISTRY_API_URL/);
  });
});

describe("registry cache (shared by all instances, in the database)", () => {
  it("answers a repeated query without calling the registry, whatever its spacing and case", async () => {
    const cache = createDatabaseRegistryCache(database.db);
    const client = createRegistryClient({ baseUrl: replay.url, timeoutMs: 400, cache });
    const before = replay.queries.length;
    const first = await client.search("Jardins Creoles");
    const second = await client.search("  jardins   creoles ");
    expect(second).toEqual(first);
    expect(first.status).toBe("found");
    expect(replay.queries.length - before).toBe(1);
    expect(registryCacheKey("Jardins Creoles")).toBe(registryCacheKey(" jardins  creoles"));
  });

  it("caches empty answers but never failures", async () => {
    const cache = createDatabaseRegistryCache(database.db);
    const client = createRegistryClient({ baseUrl: replay.url, timeoutMs: 400, cache });
    const before = replay.queries.length;
    await client.search("rien de rien");
    await client.search("rien de rien");
    await client.search("panne");
    await client.search("panne");
    expect(replay.queries.slice(before)).toEqual(["rien de rien", "panne", "panne"]);
  });

  it("serves a cached answer when the registry is down afterwards", async () => {
    const cache = createDatabaseRegistryCache(database.db);
    const found = await createRegistryClient({ baseUrl: replay.url, cache }).search("812345676");
    const down = createRegistryClient({ baseUrl: "http://127.0.0.1:9", timeoutMs: 300, cache });
    expect(await down.search("812345676")).toEqual(found);
  });

  it("forgets answers older than 24 hours", async () => {
    expect(REGISTRY_CACHE_TTL_MS).toBe(24 * 60 * 60 * 1000);
    let now = new Date("2026-03-15T10:00:00Z");
    const cache = createDatabaseRegistryCache(database.db, { now: () => now });
    await cache.set("clé", { status: "empty" });
    now = new Date(now.getTime() + REGISTRY_CACHE_TTL_MS);
    expect(await cache.get("clé")).toEqual({ status: "empty" });
    now = new Date(now.getTime() + 1);
    expect(await cache.get("clé")).toBeNull();
    await cache.set("clé", { status: "found" });
    expect(await cache.get("clé")).toEqual({ status: "found" });
    const rows = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(registryCache)
      .where(sql`${registryCache.key} = 'clé'`);
    expect(rows[0]?.n).toBe(1);
  });
});
