/**
 * Benchmarks (npm run bench): speed and memory targets live here, never in timed unit tests.
 * Seeds the demo, then starts the built app in production mode (NODE_ENV=production, as
 * deployed) on a fresh PGlite, or on the PostgreSQL database of BENCH_DATABASE_URL (fill it first
 * with `npm run seed:volume`). Each page is measured beside, in the same run, (1) a bare React
 * Router page of the same size (the framework's limit, scripts/bench/bare), in an app of one route
 * and in an app of as many routes as the product (ADR 0026), and, for the staff pages on
 * PostgreSQL, (2) the loader's data functions called directly (the database's limit).
 * Writes docs/benchmarks.md and exits 1 when a target is not met. Run `npm run build` first.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "../db/seed/password";
import { startRegistryReplay } from "../tests/support/registry-replay";
import { freePort, spawnServer } from "../tests/support/spawn-server";
import { startBareServer } from "./bench/bare";
import { measure, percentile, type Run, timeCalls } from "./bench/measure";
import { openSqlAlone } from "./bench/sql-alone";
import { pageJsGzipBytes } from "./page-js";

const VOLUME_HEADING = "## Volume seed";
const INSTRUCTOR_EMAIL = "karim.benali@demo.digitess.fr";
const APPLICANT_EMAIL = "mme.martin@demo.digitess.fr";
const FUNDER_EMAIL = "claire.moreau@demo.digitess.fr";
/** The review inbox filtered on one status, sorted by waiting time (issue 13). */
const INBOX_SEARCH = "statut=in_review&tri=waiting";
const PUBLIC_JS_TARGET_KB = 120;
const MEMORY_TARGET_MB = 1536;

type Row = {
  name: string;
  clients: number;
  run: Run;
  bare: Run | null;
  /** The bare page again, in an app with as many routes as the product. */
  bareRoutes: Run | null;
  target: string;
  ok: boolean;
};
type SqlRow = { name: string; sql: number[]; page: Run };
type ExportRow = {
  format: string;
  rows: number;
  seconds: number;
  sizeBytes: number;
  peakRssMb: number;
  baselineRssMb: number;
};
const EXPORT_SECONDS_TARGET = 10;
const EXPORT_MEMORY_TARGET_MB = 200;

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

function exportOk(row: ExportRow): boolean {
  return (
    row.seconds < EXPORT_SECONDS_TARGET &&
    row.peakRssMb - row.baselineRssMb < EXPORT_MEMORY_TARGET_MB
  );
}

const DASHBOARD_AFTER_CHANGE =
  "GET the steering dashboard after each change of what it reads (`/pilotage`, funder)";

/** Moves the maturity gain's version, as a closed support or a completed diagnostic does. */
function maturityGainBump(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  return {
    bump: async () => {
      await pool.query(
        "update data_versions set version = version + 1 where name = 'maturity_gain'",
      );
    },
    close: () => pool.end(),
  };
}

async function databaseFacts(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const count = await pool.query("select count(*)::int as n from applications");
    const version = await pool.query("show server_version");
    return {
      applications: Number(count.rows[0]?.n ?? 0),
      version: String(version.rows[0]?.server_version ?? "?"),
    };
  } finally {
    await pool.end();
  }
}

const databaseUrl = process.env.BENCH_DATABASE_URL;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "digitess-bench-"));
const databaseEnv: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : {};
// The demo seed (accounts, programme, demo applications) runs first, in its own process: the
// production server never creates demo data, and a PGlite directory has one owner at a time.
execFileSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "seed"], {
  stdio: "ignore",
  env: { ...process.env, ...databaseEnv, DATA_DIR: dataDir, DEMO_SEED: "true", LOG_LEVEL: "error" },
});
const facts = databaseUrl ? await databaseFacts(databaseUrl) : null;
const registry = await startRegistryReplay();
const port = await freePort();
const server = await spawnServer({
  ...databaseEnv,
  NODE_ENV: "production",
  DEMO_SEED: "false",
  BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
  PORT: String(port),
  APP_URL: `http://127.0.0.1:${port}`,
  DATA_DIR: dataDir,
  LOG_LEVEL: "error",
  AUTH_RATE_LIMIT_MAX: "10000",
  // The bench sends thousands of API requests from one address: the per-address limit would
  // answer 429 (it is measured by its own test, server/api-rate-limit).
  API_RATE_LIMIT_MAX: "1000000",
  REGISTRY_API_URL: registry.url,
  LEGAL_PUBLISHER: "Banc d'essai Digit'ESS",
  LEGAL_PUBLISHER_ADDRESS: "127.0.0.1 (boucle locale)",
  LEGAL_DIRECTOR: "Banc d'essai",
  LEGAL_CONTACT_EMAIL: "bench@digitess.localhost",
  LEGAL_HOST: "Cette machine",
  LEGAL_HOST_ADDRESS: "127.0.0.1 (boucle locale)",
});
// React Router builds its route objects and matches over every route on each request: the
// framework's limit for an app of the product's size is a bare app with as many routes (ADR 0026).
const productRoutes = Number(
  execFileSync(process.execPath, [
    "-e",
    `import(${JSON.stringify(path.resolve(process.env.BUILD_DIR ?? "build", "server/index.js"))}).then((b) => { console.log(Object.keys(b.routes).length); process.exit(0); })`,
  ])
    .toString()
    .trim(),
);
const bare = await startBareServer(await freePort());
const bareRoutes = await startBareServer(await freePort(), productRoutes);
const rows: Row[] = [];
const sqlRows: SqlRow[] = [];
const notes: string[] = [];
const pageJs: { path: string; kb: number }[] = [];
const exportRows: ExportRow[] = [];

/** Page then bare pages of the same size (1 route, the product's routes), 1 client then 8. */
async function measurePage(options: {
  name: string;
  path: string;
  cookie?: string;
  json?: unknown;
  single: number;
  loaded: number;
  p95Target: number;
  compareToBare: boolean;
}) {
  const request = {
    url: `${server.url}${options.path}`,
    cookie: options.cookie,
    json: options.json,
    origin: server.url,
  };
  await measure(request, 20, 2); // warm-up
  const single = await measure(request, options.single, 1);
  const bareUrls = [bare.pageUrl(single.bytes), bareRoutes.pageUrl(single.bytes)] as const;
  const measureBare = async (total: number, clients: number) => {
    if (!options.compareToBare) return [null, null] as const;
    const runs: Run[] = [];
    for (const url of bareUrls) {
      await measure({ url }, 20, 2);
      runs.push(await measure({ url }, total, clients));
    }
    return [runs[0] ?? null, runs[1] ?? null] as const;
  };
  const [bareSingle, bareRoutesSingle] = await measureBare(options.single, 1);
  const p95 = percentile(single.durations, 95);
  rows.push({
    name: options.name,
    clients: 1,
    run: single,
    bare: bareSingle,
    bareRoutes: bareRoutesSingle,
    target: `p95 < ${options.p95Target} ms, no error`,
    ok: p95 < options.p95Target && single.failures === 0,
  });
  const loaded = await measure(request, options.loaded, 8);
  const [bareLoaded, bareRoutesLoaded] = await measureBare(options.loaded, 8);
  const ratio = bareRoutesLoaded ? loaded.perSecond / bareRoutesLoaded.perSecond : null;
  // Progress on stderr: a long run says where it stands.
  console.error(
    `${options.name}: p95 ${p95.toFixed(1)} ms (1 client), ${Math.round(loaded.perSecond)} req/s (8 clients)${
      ratio === null || !bareLoaded
        ? ""
        : `, ${(loaded.perSecond / bareLoaded.perSecond).toFixed(2)} of the bare page, ${ratio.toFixed(2)} of the bare app of ${productRoutes} routes`
    }`,
  );
  rows.push({
    name: options.name,
    clients: 8,
    run: loaded,
    bare: bareLoaded,
    bareRoutes: bareRoutesLoaded,
    target:
      ratio === null
        ? "no error"
        : `>= 0.5 of the bare app's req/s (${productRoutes} routes), no error`,
    ok: loaded.failures === 0 && (ratio === null || ratio >= 0.5),
  });
  return single;
}

try {
  for (const page of [
    "/",
    "/eligibilite",
    "/simulateur",
    "/diagnostic",
    "/connexion",
    "/inscription",
    "/mentions-legales",
    "/donnees-personnelles",
    "/accessibilite",
  ]) {
    const html = await (await fetch(`${server.url}${page}`)).text();
    pageJs.push({
      path: page,
      kb:
        pageJsGzipBytes(
          html,
          process.env.BUILD_DIR ? `${process.env.BUILD_DIR}/client` : undefined,
        ) / 1024,
    });
  }
  const publicRun = { single: 200, loaded: 400, p95Target: 100 };
  await measurePage({
    name: "GET /healthz",
    path: "/healthz",
    ...publicRun,
    compareToBare: false,
  });
  const home = await measurePage({
    name: "GET / (home page)",
    path: "/",
    ...publicRun,
    compareToBare: true,
  });
  for (const [name, page] of [
    ["GET /connexion (form page)", "/connexion"],
    ["GET /eligibilite (form page)", "/eligibilite"],
  ] as const) {
    await measurePage({ name, path: page, ...publicRun, compareToBare: true });
  }
  const eligibilityBody = {
    programme: "digitess",
    legalForm: "9220",
    esus: false,
    creationDate: "2019-05-14",
    axes: ["housing"],
    departement: "13",
  };
  const eligibilityApi = await measurePage({
    name: "POST /api/v1/eligibility (API)",
    path: "/api/v1/eligibility",
    json: eligibilityBody,
    ...publicRun,
    compareToBare: false,
  });
  const applicant = await signIn(server.url, APPLICANT_EMAIL);
  const applicantSpace = await measurePage({
    name: "GET /espace (applicant space, signed in)",
    path: "/espace",
    cookie: applicant,
    ...publicRun,
    compareToBare: true,
  });

  // Staff pages (issue 13), signed in as the demo instructor.
  const instructor = await signIn(server.url, INSTRUCTOR_EMAIL);
  const staffRun = { single: 100, loaded: 200, p95Target: 100, compareToBare: true };
  const inboxPath = `/instruction?${INBOX_SEARCH}`;
  const inbox = await measurePage({
    name: `GET the review inbox, filtered (\`${inboxPath}\`)`,
    path: inboxPath,
    cookie: instructor,
    ...staffRun,
  });
  const inboxHtml = await (
    await fetch(`${server.url}${inboxPath}`, { headers: { cookie: instructor } })
  ).text();
  const fileId = /\/instruction\/candidatures\/([0-9a-f-]{36})/.exec(inboxHtml)?.[1] ?? null;
  const file = fileId
    ? await measurePage({
        name: "GET an application file (`/instruction/candidatures/:id`)",
        path: `/instruction/candidatures/${fileId}`,
        cookie: instructor,
        ...staffRun,
      })
    : null;
  if (!fileId) notes.push("application file: skipped, the filtered inbox links to no file");

  // The committee agenda (issue 14): the demo's next session, as the instructor who prepares it.
  const sessionsHtml = await (
    await fetch(`${server.url}/comites`, { headers: { cookie: instructor } })
  ).text();
  const sessionId = /\/comites\/([0-9a-f-]{36})/.exec(sessionsHtml)?.[1] ?? null;
  const agenda = sessionId
    ? await measurePage({
        name: "GET a committee session and its agenda (`/comites/:sessionId`)",
        path: `/comites/${sessionId}`,
        cookie: instructor,
        ...staffRun,
      })
    : null;
  if (!sessionId) notes.push("committee agenda: skipped, /comites lists no session");

  // The steering dashboard (issue 15: the maturity gain), as the demo funder.
  const funder = await signIn(server.url, FUNDER_EMAIL);
  const dashboard = await measurePage({
    name: "GET the steering dashboard (`/pilotage`, funder)",
    path: "/pilotage",
    cookie: funder,
    ...staffRun,
    p95Target: 300,
  });
  // The same page when what its maturity gain reads has just changed (a support closed, a
  // diagnostic completed): the report is read again (ADR 0025). The version is moved by hand
  // before each request, outside its time; the other rows see it unchanged, as between changes.
  const bumpGainVersion = databaseUrl ? maturityGainBump(databaseUrl) : null;
  let dashboardAfterChange: Run | null = null;
  if (bumpGainVersion) {
    const request = { url: `${server.url}/pilotage`, cookie: funder };
    dashboardAfterChange = await measure(request, 50, 1, bumpGainVersion.bump);
    const p95 = percentile(dashboardAfterChange.durations, 95);
    console.error(`${DASHBOARD_AFTER_CHANGE}: p95 ${p95.toFixed(1)} ms (1 client)`);
    rows.push({
      name: DASHBOARD_AFTER_CHANGE,
      clients: 1,
      run: dashboardAfterChange,
      bare: null,
      bareRoutes: null,
      target: "p95 < 300 ms, no error",
      ok: p95 < 300 && dashboardAfterChange.failures === 0,
    });
  } else {
    notes.push("dashboard after a change: measured on PostgreSQL only (BENCH_DATABASE_URL)");
  }

  if (databaseUrl) {
    const sql = await openSqlAlone({
      url: databaseUrl,
      staffEmail: INSTRUCTOR_EMAIL,
      registryUrl: registry.url,
    });
    try {
      sqlRows.push(
        { name: "home page", sql: await timeCalls(sql.home(), 100), page: home },
        {
          name: "eligibility API",
          sql: await timeCalls(sql.eligibility(eligibilityBody), 100),
          page: eligibilityApi,
        },
        {
          name: "applicant space",
          sql: await timeCalls(await sql.applicantSpace(APPLICANT_EMAIL), 100),
          page: applicantSpace,
        },
      );
      sqlRows.push({
        name: "review inbox, filtered",
        sql: await timeCalls(sql.inbox(INBOX_SEARCH), 100),
        page: inbox,
      });
      if (fileId && file) {
        sqlRows.push({
          name: "application file",
          sql: await timeCalls(sql.file(fileId), 100),
          page: file,
        });
      }
      if (sessionId && agenda) {
        sqlRows.push({
          name: "committee agenda",
          sql: await timeCalls(sql.agenda(sessionId), 100),
          page: agenda,
        });
      }
      const dashboardCall = await sql.dashboard(FUNDER_EMAIL, "");
      sqlRows.push({
        name: "steering dashboard",
        sql: await timeCalls(dashboardCall, 100),
        page: dashboard,
      });
      if (bumpGainVersion && dashboardAfterChange) {
        sqlRows.push({
          name: "steering dashboard after a change",
          sql: await timeCalls(dashboardCall, 50, bumpGainVersion.bump),
          page: dashboardAfterChange,
        });
      }
    } finally {
      await sql.close();
      await bumpGainVersion?.close();
    }
    // The export job's handler on the whole inbox, in a process of its own per format.
    for (const format of ["csv", "xlsx"]) {
      const output = execFileSync(
        process.execPath,
        ["--import", "tsx", "scripts/bench/export-run.ts", format],
        {
          env: {
            ...process.env,
            BENCH_DATABASE_URL: databaseUrl,
            BENCH_STAFF_EMAIL: INSTRUCTOR_EMAIL,
          },
        },
      );
      exportRows.push(JSON.parse(output.toString().trim().split("\n").at(-1) ?? "{}") as ExportRow);
    }
  } else {
    notes.push(
      "SQL alone and exports: measured on PostgreSQL only (BENCH_DATABASE_URL); a PGlite directory has one owner, the server",
    );
  }

  const status = readFileSync(`/proc/${server.process.pid}/status`, "utf8");
  const rssMb = Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  const jsOk = (kb: number) => kb <= PUBLIC_JS_TARGET_KB;
  const ms = (value: number) => value.toFixed(1);
  const lines = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${
      facts
        ? `PostgreSQL ${facts.version} (BENCH_DATABASE_URL, ${facts.applications} applications: \`npm run seed:volume\` plus the demo seed)`
        : "PGlite (a fresh embedded database with the demo seed)"
    }.`,
    `The built app in production mode (\`NODE_ENV=production\`), on loopback, the load generator on the same 2 cores. Each page: requests from 1 client, then from 8 concurrent clients, after a warm-up; beside it, in the same run, a bare React Router page of the same HTML size with no data (\`scripts/bench/bare\`, Express and compression as the app), served by an app of one route and by an app of as many routes as the product (${productRoutes}): React Router builds its route objects and matches over all of them on every request, so the second is the framework's limit for an app of this size and the target's reference (ADR 0026). Ratios: the page's throughput over each bare page's.`,
    "",
    `| page | clients | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | bare page, 1 route: req/s, p50 (ms) | ratio | bare app, ${productRoutes} routes: req/s, p50 (ms) | ratio | target | met |`,
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.clients} | ${row.run.durations.length} | ${Math.round(row.run.perSecond)} | ${ms(percentile(row.run.durations, 50))} | ${ms(percentile(row.run.durations, 95))} | ${ms(percentile(row.run.durations, 99))} | ${
          row.bare
            ? `${Math.round(row.bare.perSecond)}, ${ms(percentile(row.bare.durations, 50))} (${Math.round(row.run.bytes / 1024)} KB)`
            : ""
        } | ${row.bare ? (row.run.perSecond / row.bare.perSecond).toFixed(2) : ""} | ${
          row.bareRoutes
            ? `${Math.round(row.bareRoutes.perSecond)}, ${ms(percentile(row.bareRoutes.durations, 50))}`
            : ""
        } | ${row.bareRoutes ? (row.run.perSecond / row.bareRoutes.perSecond).toFixed(2) : ""} | ${row.target} | ${row.ok ? "yes" : "NO"} |`,
    ),
    `| server memory after the run (RSS) | | | | | | ${rssMb} MB | | | | | < ${MEMORY_TARGET_MB} MB${databaseUrl ? "" : " (PGlite included)"} | ${rssMb < MEMORY_TARGET_MB ? "yes" : "NO"} |`,
    "",
    "## The database's share",
    "",
    "The loader's data functions (its SQL and the mapping around it) called in-process on the same database, 100 sequential calls after 10, without HTTP, session lookup or rendering; the ratio is the page's p50 over theirs. The steering dashboard keeps its maturity gain until what it reads changes (ADR 0025): its first row is between changes, the second after a change before each call (50 calls), beside the page measured the same way.",
    "",
    "| page | SQL alone p50 (ms) | SQL alone p95 (ms) | page p50, 1 client (ms) | page ÷ SQL |",
    "|---|---|---|---|---|",
    ...(sqlRows.length > 0
      ? sqlRows.map(
          (row) =>
            `| ${row.name} | ${ms(percentile(row.sql, 50))} | ${ms(percentile(row.sql, 95))} | ${ms(percentile(row.page.durations, 50))} | ${(percentile(row.page.durations, 50) / percentile(row.sql, 50)).toFixed(1)} |`,
        )
      : ["| (not measured: see below) | | | | |"]),
    "",
    "## Exports",
    "",
    "The review inbox as the demo instructor with no filter and every column, written by the export job's own handler (`export-review-inbox`) to a disk store, in a process of its own per format (`scripts/bench/export-run.ts`). Memory: the process's RSS before the export (Node, tsx and the app's modules) and its peak while exporting, sampled every 20 ms; the target applies to the export's own share, the peak over the baseline.",
    "",
    "| format | rows | seconds | file (MB) | RSS before (MB) | peak RSS (MB) | export's share (MB) | target | met |",
    "|---|---|---|---|---|---|---|---|---|",
    ...(exportRows.length > 0
      ? exportRows.map(
          (row) =>
            `| ${row.format.toUpperCase()} | ${row.rows} | ${row.seconds.toFixed(1)} | ${(row.sizeBytes / 2 ** 20).toFixed(1)} | ${Math.round(row.baselineRssMb)} | ${Math.round(row.peakRssMb)} | ${Math.round(row.peakRssMb - row.baselineRssMb)} | < ${EXPORT_SECONDS_TARGET} s, < ${EXPORT_MEMORY_TARGET_MB} MB | ${exportOk(row) ? "yes" : "NO"} |`,
        )
      : ["| (not measured: see below) | | | | | | | | |"]),
    "",
    "## JavaScript per public page",
    "",
    "Gzipped size of the scripts the server HTML references (modulepreload links and module imports), read from the built client; the messages travel in the HTML, not in the scripts.",
    "",
    "| page | JavaScript (KB, gzip) | target | met |",
    "|---|---|---|---|",
    ...pageJs.map(
      ({ path: page, kb }) =>
        `| \`${page}\` | ${kb === 0 ? "0 (works the same without: sent without scripts)" : kb.toFixed(1)} | <= ${PUBLIC_JS_TARGET_KB} KB | ${jsOk(kb) ? "yes" : "NO"} |`,
    ),
    "",
    "## Not measured",
    "",
    ...notes.map((line) => `- ${line}`),
    "- network directory: not built yet.",
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
  if (
    rows.some((row) => !row.ok) ||
    rssMb >= MEMORY_TARGET_MB ||
    pageJs.some(({ kb }) => !jsOk(kb))
  ) {
    process.exitCode = 1;
  }
} finally {
  await bare.stop();
  await bareRoutes.stop();
  server.process.kill("SIGTERM");
  await server.exited;
  await registry.close();
}
