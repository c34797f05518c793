// Load (issue 12): LOAD_USERS simulated applicants (200 by default) for LOAD_SECONDS (120 by
// default) against the built app on PostgreSQL, on loopback: sign-in, then new applications,
// autosaves, uploads, summaries and submissions until the time is up. Zero errors, zero lost
// drafts (each application holds the text of its last confirmed save), every submission present
// exactly once, counted in the database. LOAD_WRITE_BENCHMARKS=1 writes the figures to their own
// section at the end of docs/benchmarks.md.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRawSql } from "../../app/platform/db/raw-sql.server";
import type { DatabaseHandle } from "../../app/platform/db/types";
import { applications } from "../../db/schema";
import { digitessProgramId } from "../factories/applications";
import type { RunningServer } from "../support/spawn-server";
import {
  type Applicant,
  buildApplicants,
  createScenarioDatabase,
  openScenarioHandle,
  serverEnv,
  startServer,
  stopServer,
} from "./support/app-on-postgres";
import { type LoadResult, percentiles, runLoad } from "./support/load";

const USERS = Number(process.env.LOAD_USERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 120);

let database: Awaited<ReturnType<typeof createScenarioDatabase>>;
let handle: DatabaseHandle;
let server: RunningServer;
let applicants: Applicant[] = [];
let programId = "";

beforeAll(async () => {
  database = await createScenarioDatabase();
  // Production mode, as deployed; the server's own log stays quiet.
  server = await startServer(
    serverEnv(database.url, {
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: "resilience-load-secret-0123456789abcdef",
      APP_URL: "http://127.0.0.1",
      // Production requires the legal notice (ADR 0019).
      LEGAL_PUBLISHER: "Essai de charge Digit'ESS",
      LEGAL_PUBLISHER_ADDRESS: "127.0.0.1 (boucle locale)",
      LEGAL_DIRECTOR: "Essai de charge",
      LEGAL_CONTACT_EMAIL: "charge@digitess.localhost",
      LEGAL_HOST: "Cette machine",
      LEGAL_HOST_ADDRESS: "127.0.0.1 (boucle locale)",
    }),
  );
  handle = await openScenarioHandle(database.url);
  programId = await digitessProgramId(handle.db);
  applicants = await buildApplicants(handle, USERS, "charge");
});

afterAll(async () => {
  await stopServer(server);
  await handle?.close();
  await database?.drop();
});

describe(`${USERS} applicants for ${SECONDS} s`, () => {
  it("answers every request, loses no draft and records each submission once", async () => {
    const result = await runLoad({
      url: server.url,
      users: applicants,
      seconds: SECONDS,
      programId,
    });
    expect(result.errors.slice(0, 10)).toEqual([]);
    expect(result.journeys.length).toBeGreaterThan(0);
    expect(result.journeys.every((journey) => journey.submitted)).toBe(true);

    const ids = result.journeys.map((journey) => journey.applicationId);
    const rows = await handle.db
      .select({
        id: applications.id,
        status: applications.status,
        number: applications.number,
        situation: sql<string>`${applications.data}->'steps'->'2'->>'situation'`,
      })
      .from(applications)
      .where(inArray(applications.id, ids));
    const byId = new Map(rows.map((row) => [row.id, row]));
    // Every journey's application exists, submitted, with its last confirmed save.
    const lost = result.journeys.filter(
      (journey) => byId.get(journey.applicationId)?.situation !== journey.lastSituation,
    );
    expect(lost).toEqual([]);
    expect(rows.filter((row) => row.status !== "submitted")).toEqual([]);
    // Exactly once: as many numbered applications, submit events and audit events as journeys.
    const [counts] = (
      await executeRawSql(
        handle.db,
        `select
           (select count(*)::int from applications where status = 'submitted') as submitted,
           (select count(distinct number)::int from applications where number is not null) as numbers,
           (select count(*)::int from applications where status = 'draft') as drafts,
           (select count(*)::int from application_events where action = 'submit') as events,
           (select count(*)::int from audit_events where action = 'application.submitted') as audits,
           (select count(*)::int from application_submissions) as snapshots`,
      )
    ).rows as Record<string, number>[];
    const journeys = result.journeys.length;
    expect(counts).toEqual({
      submitted: journeys,
      numbers: journeys,
      drafts: 0,
      events: journeys,
      audits: journeys,
      snapshots: journeys,
    });
    report(result, await postgresVersion(), true);
  });
});

async function postgresVersion(): Promise<string> {
  const { rows } = await executeRawSql(handle.db, "select version() as version");
  return (rows[0] as { version: string }).version;
}

/**
 * Prints the figures; once the run passed and with LOAD_WRITE_BENCHMARKS=1, writes them at the
 * end of docs/benchmarks.md (after the sections `npm run bench` rewrites, which it keeps).
 */
function report(result: LoadResult, postgres: string, passed: boolean) {
  const seconds = result.elapsedMs / 1000;
  const lines = [
    "## Load: applicants on PostgreSQL (`npm run test:resilience`)",
    "",
    `Written by \`tests/resilience/load.resilience.test.ts\` (LOAD_WRITE_BENCHMARKS=1) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${postgres.split(" on ")[0]}. ` +
      `The built app in production mode, one process (worker included), on loopback; the ${USERS} simulated applicants run in the test process on the same cores. ` +
      "Each signs in through the sign-in form, then repeats until the time is up: a new application, five autosaves (steps 1, 2, 3, 2 again, 5), two PDF uploads, the summary page, the submission. " +
      "The scenario asserts correctness under saturation (no error, no lost draft, each submission once), not speed: the server and the 200 clients share the cores, so the latencies below are those of a saturated machine (the 200 sign-ins hash their passwords at the same moment).",
    "",
    `${USERS} applicants for ${SECONDS} s (${seconds.toFixed(0)} s with the last journeys finished): ${result.journeys.length} applications created and submitted, ${result.requests} requests (${(result.requests / seconds).toFixed(1)} req/s), ${result.errors.length} errors${passed ? ", 0 lost drafts, every submission counted once in the database (applications, numbers, timeline and audit events, snapshots)" : ""}.`,
    "",
    "| request | count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |",
    "|---|---|---|---|---|---|",
    ...Object.entries(result.latencies).map(([kind, values]) => {
      const p = percentiles(values);
      return `| ${kind} | ${p.count} | ${p.p50.toFixed(0)} | ${p.p95.toFixed(0)} | ${p.p99.toFixed(0)} | ${p.max.toFixed(0)} |`;
    }),
    "",
  ];
  console.info(lines.join("\n"));
  if (result.errors.length > 0)
    console.info(`first errors:\n${result.errors.slice(0, 5).join("\n")}`);
  if (!passed || process.env.LOAD_WRITE_BENCHMARKS !== "1") return;
  const file = "docs/benchmarks.md";
  const previous = readFileSync(file, "utf8");
  const start = previous.indexOf(lines[0] as string);
  const kept = start >= 0 ? previous.slice(0, start) : `${previous.trimEnd()}\n\n`;
  writeFileSync(file, `${kept}${lines.join("\n")}`);
}
