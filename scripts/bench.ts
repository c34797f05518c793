/**
 * Benchmarks (npm run bench): speed and memory targets live here, never in timed unit tests.
 * Starts the built app on a fresh PGlite, or on the PostgreSQL database of BENCH_DATABASE_URL
 * (fill it first with `npm run seed:volume`), measures page latency under light concurrency and
 * the server's memory and the gzipped JavaScript each public page sends, and times the pure
 * rules; writes the results to docs/benchmarks.md. The staff pages (the review inbox with a
 * filter, one application file) are measured signed in as the demo instructor; a page that
 * answers 404 (not built yet) is skipped with a line saying so.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { DEMO_PASSWORD } from "../db/seed/password";
import { spawnServer } from "../tests/support/spawn-server";
import { pageJsGzipBytes } from "./page-js";

const VOLUME_HEADING = "## Volume seed";

type Stat = {
  name: string;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  target: string;
  ok: boolean;
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(url: string, total: number, concurrency: number, cookie?: string) {
  const durations: number[] = [];
  let next = 0;
  let failures = 0;
  const init = cookie ? { headers: { cookie }, redirect: "manual" as const } : undefined;
  const worker = async () => {
    while (next < total) {
      next++;
      const started = performance.now();
      const response = await fetch(url, init);
      await response.arrayBuffer();
      if (!response.ok) failures++;
      durations.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  durations.sort((a, b) => a - b);
  return { durations, failures };
}

/** Signs the demo instructor in through better-auth; returns the session cookie. */
async function signInInstructor(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: INSTRUCTOR_EMAIL, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${INSTRUCTOR_EMAIL} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** The number of applications in the benchmarked database (PostgreSQL only). */
async function countApplications(url: string): Promise<number | null> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const result = await pool.query("select count(*)::int as n from applications");
    return Number(result.rows[0]?.n ?? 0);
  } catch {
    return null;
  } finally {
    await pool.end();
  }
}

const INSTRUCTOR_EMAIL = "karim.benali@demo.digitess.fr";
/** The review inbox filtered on one status, sorted by waiting time (issue 13). */
const INBOX_PATH = "/instruction?statut=in_review&tri=waiting";
const databaseUrl = process.env.BENCH_DATABASE_URL;
const applicationCount = databaseUrl ? await countApplications(databaseUrl) : null;

// Demo data on, so that the pages show the seeded Digit'ESS programme as visitors see it, and
// the demo instructor can sign in (on PostgreSQL too: the seed adds it beside the volume).
const server = await spawnServer({
  DEMO_SEED: "true",
  LOG_LEVEL: "error",
  AUTH_RATE_LIMIT_MAX: "10000",
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});
const stats: Stat[] = [];
const skipped: string[] = [];
// The JavaScript a public page makes the browser download (docs/decisions/0006-messages-per-page.md).
const homeJsTargetKb = 120;
const publicPages = [
  "/",
  "/eligibilite",
  "/simulateur",
  "/diagnostic",
  "/connexion",
  "/inscription",
  "/mentions-legales",
  "/donnees-personnelles",
  "/accessibilite",
];
const pageJs: { path: string; kb: number }[] = [];
try {
  for (const path of publicPages) {
    const html = await (await fetch(`${server.url}${path}`)).text();
    pageJs.push({
      path,
      kb:
        pageJsGzipBytes(
          html,
          process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/client` : undefined,
        ) / 1024,
    });
  }
  const homeJsKb = pageJs[0]?.kb ?? Number.POSITIVE_INFINITY;
  // Per page: latency for one visitor at a time (what a person feels), then throughput and
  // latency under 8 concurrent clients (what the 2-core machine sustains).
  const pages: [string, string][] = [
    ["GET /healthz", "/healthz"],
    ["GET / (home page)", "/"],
    ["GET /connexion (form page)", "/connexion"],
    ["GET /eligibilite (form page)", "/eligibilite"],
  ];
  for (const [name, path] of pages) {
    await measure(`${server.url}${path}`, 20, 2); // warm-up
    const single = await measure(`${server.url}${path}`, 200, 1);
    const singleP95 = percentile(single.durations, 95);
    stats.push({
      name: `${name}, 1 client`,
      requests: single.durations.length,
      p50: percentile(single.durations, 50),
      p95: singleP95,
      max: single.durations.at(-1) ?? 0,
      target: "p95 < 100 ms, no error",
      ok: singleP95 < 100 && single.failures === 0,
    });
    const started = performance.now();
    const loaded = await measure(`${server.url}${path}`, 400, 8);
    const perSecond = loaded.durations.length / ((performance.now() - started) / 1000);
    stats.push({
      name: `${name}, 8 clients (${Math.round(perSecond)} req/s)`,
      requests: loaded.durations.length,
      p50: percentile(loaded.durations, 50),
      p95: percentile(loaded.durations, 95),
      max: loaded.durations.at(-1) ?? 0,
      target: ">= 40 req/s, no error",
      ok: perSecond >= 40 && loaded.failures === 0,
    });
  }
  // Staff pages (issue 13), signed in as the demo instructor: 1 client, then 8.
  const cookie = await signInInstructor(server.url);
  const staffPages: [string, string | null][] = [["GET the review inbox, filtered", INBOX_PATH]];
  const inbox = await fetch(`${server.url}${INBOX_PATH}`, {
    headers: { cookie },
    redirect: "manual",
  });
  const inboxHtml = await inbox.text();
  if (inbox.status === 200) {
    const id = /\/instruction\/candidatures\/([0-9a-f-]{36})/.exec(inboxHtml)?.[1] ?? null;
    staffPages.push(["GET an application file", id ? `/instruction/candidatures/${id}` : null]);
  }
  for (const [name, path] of staffPages) {
    if (path === null) {
      skipped.push(`${name}: skipped, the filtered inbox links to no application file`);
      continue;
    }
    const probe = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status !== 200) {
      skipped.push(
        `\`${path}\` (${name}): skipped, it answers ${probe.status}${probe.status === 404 ? " (not built yet)" : ""}`,
      );
      continue;
    }
    const target = path === INBOX_PATH ? 100 : 200;
    await measure(`${server.url}${path}`, 10, 2, cookie); // warm-up
    const single = await measure(`${server.url}${path}`, 100, 1, cookie);
    const singleP95 = percentile(single.durations, 95);
    stats.push({
      name: `${name} (\`${path.replace(/[0-9a-f-]{36}/, ":id")}\`), 1 client`,
      requests: single.durations.length,
      p50: percentile(single.durations, 50),
      p95: singleP95,
      max: single.durations.at(-1) ?? 0,
      target: `p95 < ${target} ms, no error`,
      ok: singleP95 < target && single.failures === 0,
    });
    const started = performance.now();
    const loaded = await measure(`${server.url}${path}`, 200, 8, cookie);
    const perSecond = loaded.durations.length / ((performance.now() - started) / 1000);
    stats.push({
      name: `${name}, 8 clients (${Math.round(perSecond)} req/s)`,
      requests: loaded.durations.length,
      p50: percentile(loaded.durations, 50),
      p95: percentile(loaded.durations, 95),
      max: loaded.durations.at(-1) ?? 0,
      target: "no error",
      ok: loaded.failures === 0,
    });
  }
  for (const line of skipped) console.log(line);
  const status = await import("node:fs").then((fs) =>
    fs.readFileSync(`/proc/${server.process.pid}/status`, "utf8"),
  );
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const rssMb = Math.round(rssKb / 1024);
  const memoryTarget = 1536;
  const lines = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} cores, Node ${process.version}).`,
    `${
      databaseUrl
        ? `The built app on PostgreSQL (BENCH_DATABASE_URL, ${applicationCount ?? "an unknown number of"} applications from \`npm run seed:volume\` plus the demo seed)`
        : "The built app on a fresh embedded database (PGlite) with the demo programme and its demo applications seeded"
    }, for each public page, 200 requests from one client, then 400 from 8 concurrent clients, on loopback after 20 warm-up requests; for each staff page (signed in as the demo instructor), 100 then 200 after 10 (the load generator shares the 2 cores).`,
    "",
    "| measure | requests | p50 (ms) | p95 (ms) | max (ms) | target | met |",
    "|---|---|---|---|---|---|---|",
    ...stats.map(
      (s) =>
        `| ${s.name} | ${s.requests} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.target} | ${s.ok ? "yes" : "NO"} |`,
    ),
    `| server memory after the run (RSS) | | | | ${rssMb} MB | < ${memoryTarget} MB${databaseUrl ? "" : " (PGlite included)"} | ${rssMb < memoryTarget ? "yes" : "NO"} |`,
    "",
    "## JavaScript per public page",
    "",
    "Gzipped size of the scripts the server HTML references (modulepreload links and module imports), read from the built client; the messages travel in the HTML, not in the scripts.",
    "",
    "| page | JavaScript (KB, gzip) | target | met |",
    "|---|---|---|---|",
    ...pageJs.map(
      ({ path, kb }) =>
        `| \`${path}\` | ${kb.toFixed(1)} | ${path === "/" ? `<= ${homeJsTargetKb} KB` : ""} | ${path === "/" ? (kb <= homeJsTargetKb ? "yes" : "NO") : ""} |`,
    ),
    "",
    "## Pages not measured",
    "",
    ...(skipped.length > 0 ? skipped.map((line) => `- ${line}`) : ["- none"]),
    "- committee and export pages: not in the bench yet.",
    "",
  ];
  // The volume seed's measured times are written by hand below this heading: keep them.
  const previous = existsSync("docs/benchmarks.md")
    ? readFileSync("docs/benchmarks.md", "utf8")
    : "";
  const kept = previous.indexOf(VOLUME_HEADING);
  if (kept >= 0) lines.push(previous.slice(kept).trimEnd(), "");
  writeFileSync("docs/benchmarks.md", lines.join("\n"));
  console.log(lines.join("\n"));
  if (stats.some((s) => !s.ok) || rssMb >= memoryTarget || homeJsKb > homeJsTargetKb) {
    process.exitCode = 1;
  }
} finally {
  server.process.kill("SIGTERM");
  await server.exited;
}
