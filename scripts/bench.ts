/**
 * Benchmarks (npm run bench): speed and memory targets live here, never in timed unit tests.
 * Starts the built app on a fresh PGlite, measures page latency under light concurrency and the
 * server's memory, and times the pure rules; writes the results to docs/benchmarks.md.
 * Run `npm run build` first.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { spawnServer } from "../tests/support/spawn-server";

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
try {
  const pages: [string, string, number][] = [
    ["GET /healthz", "/healthz", 50],
    ["GET / (home page)", "/", 150],
    ["GET /connexion (form page)", "/connexion", 150],
  ];
  for (const [name, path, p95Target] of pages) {
    await measure(`${server.url}${path}`, 20, 2); // warm-up
    const { durations, failures } = await measure(`${server.url}${path}`, 400, 8);
    const p95 = percentile(durations, 95);
    stats.push({
      name,
      requests: durations.length,
      p50: percentile(durations, 50),
      p95,
      max: durations.at(-1) ?? 0,
      target: `p95 < ${p95Target} ms, no error`,
      ok: p95 < p95Target && failures === 0,
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
    "The built app on a fresh embedded database (PGlite) with the demo programme seeded, 400 requests per page from 8 concurrent clients on loopback, after 20 warm-up requests.",
    "",
    "| measure | requests | p50 (ms) | p95 (ms) | max (ms) | target | met |",
    "|---|---|---|---|---|---|---|",
    ...stats.map(
      (s) =>
        `| ${s.name} | ${s.requests} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${s.target} | ${s.ok ? "yes" : "NO"} |`,
    ),
    `| server memory after the run (RSS) | | | | ${rssMb} MB | < ${memoryTarget} MB (PGlite included) | ${rssMb < memoryTarget ? "yes" : "NO"} |`,
    "",
  ];
  writeFileSync("docs/benchmarks.md", lines.join("\n"));
  console.log(lines.join("\n"));
  if (stats.some((s) => !s.ok) || rssMb >= memoryTarget) process.exitCode = 1;
} finally {
  server.process.kill("SIGTERM");
  await server.exited;
}
