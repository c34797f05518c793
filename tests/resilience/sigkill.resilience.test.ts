// SIGKILL during 50 concurrent submissions (issue 12): the server dies with submissions in
// flight. Each application is then complete (numbered, levels, snapshot, timeline event, audit
// event, acknowledgement mail queued: each exactly once) or absent (still a draft with none of
// these), and no number is used twice. A new server then submits the rest; numbers run without a
// gap, because a killed transaction takes its number back with it.
import { and, inArray, isNotNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRawSql } from "../../app/platform/db/raw-sql.server";
import type { DatabaseHandle } from "../../app/platform/db/types";
import {
  applicationEvents,
  applicationSubmissions,
  applications,
  auditEvents,
} from "../../db/schema";
import type { RunningServer } from "../support/spawn-server";
import {
  buildApplicants,
  buildReadyDraft,
  createScenarioDatabase,
  inBatches,
  openScenarioHandle,
  postForm,
  serverEnv,
  signInOver,
  startServer,
  stopServer,
} from "./support/app-on-postgres";

const COUNT = 50;
// The server is killed once this many submissions committed (the others are in flight or queued).
const KILL_AFTER = 15;

type Candidate = { email: string; applicationId: string; cookie: string };

let database: Awaited<ReturnType<typeof createScenarioDatabase>>;
let handle: DatabaseHandle;
let server: RunningServer | undefined;
let dataDir = "";
const candidates: Candidate[] = [];

beforeAll(async () => {
  database = await createScenarioDatabase();
  server = await startServer(serverEnv(database.url));
  dataDir = server.dataDir;
  handle = await openScenarioHandle(database.url);
  const applicants = await buildApplicants(handle, COUNT, "envoi");
  for (const applicant of applicants) {
    const applicationId = await buildReadyDraft(handle, dataDir, applicant);
    candidates.push({ email: applicant.email, applicationId, cookie: "" });
  }
  await inBatches(candidates, 10, async (candidate) => {
    candidate.cookie = await signInOver(server as RunningServer, candidate.email);
  });
});

afterAll(async () => {
  await stopServer(server);
  await handle?.close();
  await database?.drop();
});

/** What the database holds of each application's submission. */
async function submissionState(db: DatabaseHandle["db"], ids: string[]) {
  const count = (table: string, column: string) =>
    executeRawSql(
      db,
      `select ${column} as id, count(*)::int as n from ${table} where ${column} = any($1::uuid[]) group by ${column}`,
      [ids],
    ).then(({ rows }) => new Map((rows as { id: string; n: number }[]).map((r) => [r.id, r.n])));
  const rows = await db
    .select({ id: applications.id, status: applications.status, number: applications.number })
    .from(applications)
    .where(inArray(applications.id, ids));
  const submits = await executeRawSql(
    db,
    `select application_id as id, count(*)::int as n from application_events
      where action = 'submit' and application_id = any($1::uuid[]) group by application_id`,
    [ids],
  ).then(({ rows: r }) => new Map((r as { id: string; n: number }[]).map((x) => [x.id, x.n])));
  const audits = await executeRawSql(
    db,
    `select entity_id as id, count(*)::int as n from audit_events
      where action = 'application.submitted' and entity_id = any($1::text[]) group by entity_id`,
    [ids],
  ).then(({ rows: r }) => new Map((r as { id: string; n: number }[]).map((x) => [x.id, x.n])));
  const snapshots = await count("application_submissions", "application_id");
  const levels = await count("application_levels", "application_id");
  // The acknowledgement mail names the application's number in its subject.
  const mails = await executeRawSql(
    db,
    `select data->>'subject' as subject from pgboss.job where name = 'send-email'
     union all select data->>'subject' from pgboss.archive where name = 'send-email'`,
  ).then(({ rows: r }) => (r as { subject: string }[]).map((x) => x.subject));
  return rows.map((row) => ({
    ...row,
    submits: submits.get(row.id) ?? 0,
    audits: audits.get(row.id) ?? 0,
    snapshots: snapshots.get(row.id) ?? 0,
    levels: levels.get(row.id) ?? 0,
    mails: row.number
      ? mails.filter((subject) => subject.includes(row.number as string)).length
      : 0,
  }));
}

describe("SIGKILL during 50 concurrent submissions", () => {
  it("leaves each application complete or absent, none twice, then the rest submit once", async () => {
    const running = server as RunningServer;
    const ids = candidates.map((candidate) => candidate.applicationId);
    const answers = new Map<string, number | "cut">();
    const submissions = candidates.map(async (candidate) => {
      try {
        const response = await postForm(
          running,
          `/espace/candidatures/${candidate.applicationId}/recapitulatif`,
          { intent: "submit" },
          candidate.cookie,
        );
        answers.set(candidate.applicationId, response.status);
      } catch {
        answers.set(candidate.applicationId, "cut");
      }
    });
    // Killed once some submissions committed and others are still running.
    const submittedCount = async () =>
      Number(
        (
          await handle.db
            .select({ n: sql<number>`count(*)::int` })
            .from(applications)
            .where(and(inArray(applications.id, ids), isNotNull(applications.number)))
        )[0]?.n ?? 0,
      );
    const deadline = Date.now() + 60_000;
    while ((await submittedCount()) < KILL_AFTER && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    running.process.kill("SIGKILL");
    await running.exited;
    await Promise.all(submissions);

    const afterKill = await submissionState(handle.db, ids);
    const done = afterKill.filter((row) => row.status === "submitted");
    const absent = afterKill.filter((row) => row.status === "draft");
    expect(done.length + absent.length).toBe(COUNT);
    // The kill came in the middle: some went through, some did not.
    expect(done.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(absent.length).toBeGreaterThan(0);
    for (const row of done) {
      expect(row.number).toMatch(/^DE-\d{4}-\d{5}$/);
      expect(row, row.id).toMatchObject({ submits: 1, audits: 1, snapshots: 1, mails: 1 });
      expect(row.levels).toBeGreaterThan(0);
    }
    for (const row of absent) {
      expect(row, row.id).toMatchObject({
        number: null,
        submits: 0,
        audits: 0,
        snapshots: 0,
        levels: 0,
      });
    }
    expect(new Set(done.map((row) => row.number)).size).toBe(done.length);
    // A submission the server confirmed (302) is never lost.
    for (const [id, status] of answers) {
      if (status === 302) expect(done.map((row) => row.id)).toContain(id);
    }
    console.info(
      `SIGKILL: ${done.length} submitted, ${absent.length} still drafts, ` +
        `${[...answers.values()].filter((s) => s === "cut").length} connections cut`,
    );

    // A new server on the same database and files: every applicant submits (again).
    server = await startServer({ ...serverEnv(database.url), DATA_DIR: dataDir });
    const restarted = server;
    await inBatches(candidates, 10, async (candidate) => {
      const response = await postForm(
        restarted,
        `/espace/candidatures/${candidate.applicationId}/recapitulatif`,
        { intent: "submit" },
        candidate.cookie,
      );
      expect(response.status, candidate.email).toBe(302);
    });
    const final = await submissionState(handle.db, ids);
    for (const row of final) {
      expect(row, row.id).toMatchObject({
        status: "submitted",
        submits: 1,
        audits: 1,
        snapshots: 1,
        mails: 1,
      });
    }
    // The numbers of before the kill are kept, and all 50 run from 1 without a gap.
    for (const row of done) {
      expect(final.find((other) => other.id === row.id)?.number).toBe(row.number);
    }
    const sequence = final.map((row) => Number(row.number?.slice(-5))).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: COUNT }, (_, index) => index + 1));
    // No stray rows either (tables counted as a whole, not only per application).
    const [events] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(applicationEvents)
      .where(sql`${applicationEvents.action} = 'submit'`);
    const [snapshotRows] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(applicationSubmissions);
    const [audits] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(sql`${auditEvents.action} = 'application.submitted'`);
    expect([events?.n, snapshotRows?.n, audits?.n]).toEqual([COUNT, COUNT, COUNT]);
  });
});
