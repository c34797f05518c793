/**
 * The access matrix (issue 12): every route of the manifest × every persona, GET and (routes with
 * an action) POST, against the answers stated in ./access-matrix.ts. A route of the manifest
 * without a row fails, so every new capability states who may open it. A refused POST leaves
 * every table as it was; a 200 answer to a stranger holds none of A's ids, names or numbers.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "~/services.server";
import { type RegistryReplay, startRegistryReplay } from "../support/registry-replay";
import { createRouteClient, type RouteFunction, type RouteOutcome } from "../support/route-client";
import { createTestServices } from "../support/test-services";
import { type MatrixRow, matrix, type PersonaName, personas, strangers } from "./access-matrix";
import { leafRoutes, match } from "./manifest";
import { buildWorld, fill, fillDeep, ORGANIZATION_A_NAME, type World } from "./world";

type RouteModule = { loader?: RouteFunction; action?: RouteFunction };

const modules = import.meta.glob<RouteModule>(["../../app/routes/**/*.{ts,tsx}", "!**/*.test.*"]);

async function load(file: string): Promise<RouteModule> {
  const importer = modules[`../../app/${file}`];
  if (!importer) throw new Error(`route module ${file} not found`);
  return importer();
}

let services: Services & { dataDir: string };
let replay: RegistryReplay;
let client: ReturnType<typeof createRouteClient>;
let world: World;

beforeAll(async () => {
  replay = await startRegistryReplay();
  services = await createTestServices({ REGISTRY_API_URL: replay.url });
  client = createRouteClient(services);
  world = await buildWorld(services);
}, 180_000);
afterAll(async () => {
  await services?.close();
  await replay?.close();
});

/** Tables whose rows change without any action: sessions, limits, caches. */
const VOLATILE = new Set([
  "session",
  "verification",
  "rate_limit",
  "rate_limit_counters",
  "registry_cache",
  "application_read_markers",
]);

/** A fingerprint of every row of every table (and the mails and export jobs enqueued). */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = (await services.db.execute(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { name: string }[] };
  const parts = tables.rows
    .map((row) => row.name)
    .filter((name) => !VOLATILE.has(name) && !name.startsWith("__"))
    .map(
      (name) =>
        `'${name}', (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${name}" t)`,
    );
  parts.push(
    `'pgboss.job', (select count(*)::text from pgboss.job where name in ('send-email', 'export-review-inbox'))`,
  );
  const result = (await services.db.execute(
    sql.raw(`select json_build_object(${parts.join(", ")}) as state`),
  )) as unknown as { rows: { state: Record<string, string> | string }[] };
  const state = result.rows[0]?.state ?? {};
  return typeof state === "string" ? JSON.parse(state) : state;
}

/** The answer of the routes of `files` (layouts first): the first that is not a 200. */
async function answer(
  files: readonly string[],
  method: "GET" | "POST",
  options: Parameters<typeof client.call>[1],
): Promise<RouteOutcome | { error: string }> {
  try {
    const chain = await Promise.all(files.map(load));
    if (method === "POST") {
      const action = chain.at(-1)?.action;
      if (!action) throw new Error("no action");
      return await client.call(action, options);
    }
    let last: RouteOutcome | null = null;
    for (const module of chain) {
      if (!module.loader) continue;
      last = await client.call(module.loader, { ...options, method: "GET" });
      if (last.status !== 200) return last;
    }
    return (
      last ?? {
        status: 200,
        headers: new Headers(),
        location: null,
        data: null,
        setCookies: [],
        response: null,
      }
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The outcome in the words of the matrix. */
function describeAnswer(outcome: RouteOutcome | { error: string }, requested: string): string {
  if ("error" in outcome) return `error: ${outcome.error}`;
  const { status, location, headers, response } = outcome;
  if (status >= 300 && status < 400) {
    if (location === `/connexion?redirectTo=${encodeURIComponent(requested)}`) return "sign-in";
    return `→${location}`;
  }
  if (status !== 200) return String(status);
  const type = headers.get("content-type") ?? "";
  if (type.startsWith("application/pdf")) return "pdf";
  if ((headers.get("content-disposition") ?? "").startsWith("attachment")) return "file";
  if (response && type.includes("json")) return "json";
  if (response) return `response ${type}`;
  return "page";
}

function cells(line: string): string[] {
  const parts = line.trim().split(/\s+/);
  if (parts.length !== personas.length) {
    throw new Error(`"${line}" has ${parts.length} answers, not ${personas.length}`);
  }
  return parts;
}

/** A's markers a stranger must never read, and the instructor's export (its owner's only). */
function leaks(row: MatrixRow, persona: PersonaName, data: unknown): string[] {
  const text = JSON.stringify(data) ?? "";
  const markers: Record<string, string> = {};
  if (strangers.includes(persona)) {
    Object.assign(markers, {
      orgA: world.ids.orgA,
      submitted: world.ids.submitted,
      submittedNumber: world.ids.submittedNumber,
      draft: world.ids.draft,
      attachment: world.ids.attachment,
      memberA: world.ids.memberA,
      diagnosticId: world.ids.diagnosticId,
      diagnosticToken: world.ids.diagnosticToken,
      ...(row.shows?.includes("organizationA") ? {} : { organizationA: ORGANIZATION_A_NAME }),
      ...(row.shows?.includes("invitationToken")
        ? {}
        : { invitationToken: world.ids.invitationToken }),
    });
  }
  if (persona !== "instructor" && !(persona === "admin" && row.shows?.includes("export"))) {
    markers.export = world.ids.export;
  }
  return Object.entries(markers)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
}

const leaves = leafRoutes();

describe("the matrix covers the route manifest", () => {
  it("has a row for every route of the manifest", () => {
    const covered = new Set(matrix.map((row) => row.route));
    expect(leaves.map((leaf) => leaf.pattern).filter((pattern) => !covered.has(pattern))).toEqual(
      [],
    );
  });

  it("has no row for a route that left the manifest, and no route twice", () => {
    const patterns = leaves.map((leaf) => leaf.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(matrix.map((row) => row.route).filter((route) => !patterns.includes(route))).toEqual([]);
  });

  it("states a POST for every route with an action, and none for the others", async () => {
    const wrong: string[] = [];
    for (const leaf of leaves) {
      const hasAction = Boolean((await load(leaf.files.at(-1) ?? "")).action);
      for (const row of matrix.filter((candidate) => candidate.route === leaf.pattern)) {
        if (hasAction !== Boolean(row.post)) wrong.push(`${row.path ?? row.route}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe.each(matrix.map((row) => [row.path ?? row.route, row] as const))("%s", (_name, row) => {
  const leaf = () => {
    const found = leaves.find((candidate) => candidate.pattern === row.route);
    if (!found) throw new Error(`${row.route} is not in the manifest`);
    return found;
  };

  /** The requested path and the modules React Router runs for it (checked against the row). */
  const target = (path: string) => {
    const url = new URL(fill(path, world), services.env.APP_URL);
    const matched = match(url.pathname);
    expect(matched.files, `${url.pathname} reaches ${row.route}`).toEqual(leaf().files);
    return { requested: url.pathname + url.search, params: matched.params };
  };

  it("answers each persona's GET as stated", async () => {
    const { requested, params } = target(row.path ?? row.route);
    const expected = cells(row.get).map((cell) => fill(cell, world));
    const actual: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    const leaked: Record<string, string[]> = {};
    for (const [index, persona] of personas.entries()) {
      const outcome = await answer(leaf().files, "GET", {
        path: requested,
        params,
        cookie: world.cookies[persona],
      });
      actual[persona] = describeAnswer(outcome, requested);
      wanted[persona] = expected[index] ?? "";
      if (!("error" in outcome) && outcome.status === 200) {
        const found = leaks(row, persona, outcome.data);
        if (found.length > 0) leaked[persona] = found;
      }
    }
    expect(actual).toEqual(wanted);
    expect(leaked).toEqual({});
  });

  if (!row.post) return;
  const post = row.post;

  it("refuses each persona's POST as stated and stores nothing", async () => {
    const { requested, params } = target(row.postPath ?? row.path ?? row.route);
    const expected = cells(post).map((cell) => fill(cell, world));
    const body = fillDeep(row.body ?? {}, world);
    const actual: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    const changed: Record<string, string[]> = {};
    for (const [index, persona] of personas.entries()) {
      const cell = expected[index] ?? "";
      if (cell === "may") continue;
      const before = await fingerprint();
      const outcome = await answer(leaf().files, "POST", {
        path: requested,
        params,
        method: "POST",
        cookie: world.cookies[persona],
        headers: { origin: services.env.APP_URL },
        ...("json" in body ? { json: body.json } : { form: body as Record<string, string> }),
      });
      actual[persona] = describeAnswer(outcome, requested);
      wanted[persona] = cell;
      const after = await fingerprint();
      const tables = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (tables.length > 0) changed[persona] = tables;
    }
    expect(actual).toEqual(wanted);
    expect(changed).toEqual({});
  });
});

// The checks above must be able to fail: the same probes see A's markers in A's own pages, and a
// POST that is allowed changes the fingerprint.
describe("the matrix's probes", () => {
  it("find A's markers in the pages A and the instructor may open", async () => {
    const list = await answer(["routes/applications/list.tsx"], "GET", {
      path: "/espace/candidatures",
      cookie: world.cookies.applicantA,
    });
    expect("error" in list ? [] : leaks(matrix[0] as MatrixRow, "applicantB", list.data)).toEqual(
      expect.arrayContaining(["organizationA", "submitted", "submittedNumber", "draft"]),
    );
    const exportsList = await answer(["routes/review/export-list.tsx"], "GET", {
      path: "/instruction/exports",
      cookie: world.cookies.instructor,
    });
    expect(
      "error" in exportsList ? [] : leaks(matrix[0] as MatrixRow, "admin", exportsList.data),
    ).toEqual(["export"]);
  });

  it("see a row stored by an allowed POST", async () => {
    const before = await fingerprint();
    const path = `/instruction/candidatures/${world.ids.submitted}`;
    const outcome = await answer(["routes/review/application.tsx"], "POST", {
      path,
      params: { id: world.ids.submitted },
      cookie: world.cookies.instructor,
      headers: { origin: services.env.APP_URL },
      form: { intent: "note", body: "Note de contrôle" },
    });
    expect(describeAnswer(outcome, path)).toBe(`→${path}#notes`);
    const after = await fingerprint();
    expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(
      expect.arrayContaining(["application_notes"]),
    );
  });
});
