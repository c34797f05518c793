// The mail server down (issue 12): mails wait in the queue, retried with a growing delay, and go
// out once it is back, none lost and none twice. Ten password-reset requests are made through the
// app while the SMTP server is stopped; it comes back once each mail failed twice. Mails have
// 12 retries from 15 s, doubling (at least 17 hours), before joining the failed jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRawSql } from "../../app/platform/db/raw-sql.server";
import type { DatabaseHandle } from "../../app/platform/db/types";
import type { RunningServer } from "../support/spawn-server";
import { eventually } from "../support/test-services";
import {
  type Applicant,
  buildApplicants,
  createScenarioDatabase,
  openScenarioHandle,
  postForm,
  serverEnv,
  startServer,
  stopServer,
} from "./support/app-on-postgres";
import { startTestSmtp, type TestSmtp } from "./support/smtp";

const COUNT = 10;

let database: Awaited<ReturnType<typeof createScenarioDatabase>>;
let handle: DatabaseHandle;
let smtp: TestSmtp;
let server: RunningServer;
let applicants: Applicant[] = [];

beforeAll(async () => {
  database = await createScenarioDatabase();
  smtp = await startTestSmtp();
  server = await startServer(serverEnv(database.url, { SMTP_URL: smtp.url }));
  handle = await openScenarioHandle(database.url);
  applicants = await buildApplicants(handle, COUNT, "courriel");
});

afterAll(async () => {
  await stopServer(server);
  await smtp?.stop();
  await handle?.close();
  await database?.drop();
});

async function mailJobs() {
  const { rows } = await executeRawSql(
    handle.db,
    `select data->>'to' as "to", state, retry_count as "retryCount" from pgboss.job
      where name = 'send-email' and data->>'to' = any($1::text[])`,
    [applicants.map((applicant) => applicant.email)],
  );
  return rows as { to: string; state: string; retryCount: number }[];
}

describe("the mail server down", () => {
  it("keeps the mails until it is back, then sends each exactly once", async () => {
    await smtp.stop();
    for (const applicant of applicants) {
      const asked = await postForm(server, "/mot-de-passe-oublie", { email: applicant.email });
      expect(asked.status, applicant.email).toBe(200);
    }
    // Every mail was tried and refused twice, and waits for its next attempt.
    await eventually(async () => {
      const jobs = await mailJobs();
      return (
        jobs.length === COUNT && jobs.every((job) => job.state === "retry" && job.retryCount >= 1)
      );
    }, 120_000);
    expect(smtp.received).toEqual([]);

    await smtp.start();
    // The third attempt comes 30 to 60 s after the second (send-email's back-off).
    await eventually(async () => smtp.received.length >= COUNT, 120_000);
    // A while longer: nothing else arrives (no second copy of a mail).
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const recipients = smtp.received.map((mail) => mail.to).sort();
    expect(recipients).toEqual(applicants.map((applicant) => applicant.email).sort());
    for (const mail of smtp.received) expect(mail.subject).toMatch(/mot de passe/i);
    const jobs = await mailJobs();
    expect(jobs.map((job) => job.state)).toEqual(Array(COUNT).fill("completed"));
    expect(jobs.every((job) => job.retryCount >= 2)).toBe(true);
  });
});
