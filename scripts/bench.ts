/**
 * Benchmarks (npm run bench): speed and memory targets live here, never in timed unit tests.
 * Starts the built app on a fresh PGlite, measures page latency under light concurrency and the
 * server's memory and the gzipped JavaScript each public page sends, and times the pure rules;
 * writes the results to docs/benchmarks.md.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
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

async function measure(url: string, total: number, concurrency: number) {
  const durations: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok) failures++;
      durations.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  durations.sort((a, b) => a - b);
  return { durations, failures };
}

// Demo data on, so that the pages show the seeded Digit'ESS programme as visitors see it.
const server = await spawnServer({ DEMO_SEED: "true", LOG_LEVEL: "error" });
const stats: Stat[] = [];
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
    "The built app on a fresh embedded database (PGlite) with the demo programme seeded, for each page, 200 requests from one client, then 400 from 8 concurrent clients, on loopback after 20 warm-up requests (the load generator shares the 2 cores).",
    "",
    "| measure | requests | p50 (ms) | p95 (ms) | max (ms) | target | met |",
    "|---|---|---|---|---|---|---|",
    ...stats.map(
      (s) =>
        `| ${s.name} | ${s.requests} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.target} | ${s.ok ? "yes" : "NO"} |`,
    ),
    `| server memory after the run (RSS) | | | | ${rssMb} MB | < ${memoryTarget} MB (PGlite included) | ${rssMb < memoryTarget ? "yes" : "NO"} |`,
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
    "## Pages not built yet",
    "",
    "Export and staff list pages (instruction queue, committee, exports) are not built yet: they get a line here when they land.",
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
