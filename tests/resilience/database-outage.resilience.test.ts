// PostgreSQL taken away from the running app (issue 12). The machine's PostgreSQL is shared, so
// it is not restarted: a TCP proxy between the app and PostgreSQL is cut (every connection closed,
// new ones refused, as a stopped server does), then restored; and the app's backends are
// terminated with pg_terminate_backend (as a restart does to open sessions). During the outage
// pages answer the French 503 page, /healthz 503, the autosave and API 503, and nothing is
// stored; afterwards everything works again, jobs included, in the same process.
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { executeRawSql } from "../../app/platform/db/raw-sql.server";
import type { DatabaseHandle } from "../../app/platform/db/types";
import { applications } from "../../db/schema";
import { projectValues } from "../factories/application-values";
import type { RunningServer } from "../support/spawn-server";
import { eventually } from "../support/test-services";
import {
  buildApplicants,
  buildReadyDraft,
  createScenarioDatabase,
  openScenarioHandle,
  postForm,
  serverEnv,
  signInOver,
  startServer,
  stopServer,
} from "./support/app-on-postgres";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";

let database: Awaited<ReturnType<typeof createScenarioDatabase>>;
let handle: DatabaseHandle;
let proxy: TcpProxy;
let server: RunningServer;
let cookie = "";
let applicationId = "";
let applicantEmail = "";

beforeAll(async () => {
  database = await createScenarioDatabase();
  proxy = await startTcpProxy(database.url);
  server = await startServer(serverEnv(proxy.url));
  handle = await openScenarioHandle(database.url);
  const [applicant] = await buildApplicants(handle, 1, "panne");
  if (!applicant) throw new Error("no applicant");
  applicantEmail = applicant.email;
  applicationId = await buildReadyDraft(handle, server.dataDir, applicant);
  cookie = await signInOver(server, applicant.email);
});

afterEach(async () => {
  await proxy.restore();
});

afterAll(async () => {
  await stopServer(server);
  await proxy?.close();
  await handle?.close();
  await database?.drop();
});

const get = (path: string, withCookie = true) =>
  fetch(`${server.url}${path}`, {
    redirect: "manual",
    headers: withCookie ? { cookie } : {},
  });

const autosave = (situation: string) =>
  postForm(
    server,
    `/espace/candidatures/${applicationId}/etape/2/enregistrer`,
    { ...projectValues, situation } as Record<string, string | string[]>,
    cookie,
  );

async function draftOf(id: string) {
  const [row] = await handle.db
    .select({ status: applications.status, data: applications.data })
    .from(applications)
    .where(eq(applications.id, id));
  return row;
}

/** Every answer of the app while the database is away. */
async function expectCleanOutage() {
  const health = await get("/healthz", false);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ status: "unavailable" });
  for (const [path, withCookie] of [
    ["/", false],
    ["/espace", true],
    [`/espace/candidatures/${applicationId}`, true],
    [`/espace/candidatures/${applicationId}/etape/2`, true],
  ] as const) {
    const page = await get(path, withCookie);
    expect(page.status, path).toBe(503);
    expect(page.headers.get("retry-after"), path).toBe("30");
    expect(page.headers.get("content-type"), path).toContain("text/html");
    const html = await page.text();
    expect(html, path).toContain("<h1>Service momentanément indisponible</h1>");
    expect(html, path).toContain("Rien de ce que vous avez déjà enregistré n&#x27;est perdu");
    expect(html, path).toContain('<html lang="fr"');
    // No stack trace, no SQL, no driver message.
    expect(html, path).not.toMatch(/ECONNREFUSED|Failed query|select |\bat \S+:\d+:\d+/);
  }
  // A JavaScript navigation gets the same answer.
  const navigation = await get("/espace.data");
  expect(navigation.status).toBe(503);
  // The autosave (a resource route) and the authentication API answer 503 in French.
  const saved = await autosave("Écrit pendant la panne");
  expect(saved.status).toBe(503);
  expect(saved.headers.get("retry-after")).toBe("30");
  expect(await saved.text()).toContain("Service momentanément indisponible");
  const session = await get("/api/auth/get-session");
  expect(session.status).toBe(503);
  // A submission is refused cleanly, and a sign-in too.
  const submitted = await postForm(
    server,
    `/espace/candidatures/${applicationId}/recapitulatif`,
    { intent: "submit" },
    cookie,
  );
  expect(submitted.status).toBe(503);
  expect(await submitted.text()).toContain("Service momentanément indisponible");
  const signIn = await postForm(server, "/connexion", {
    email: applicantEmail,
    password: "x".repeat(12),
  });
  expect(signIn.status).toBe(503);
}

/** Everything works again, in the same process. */
async function expectRecovered(label: string) {
  await eventually(async () => (await get("/healthz", false)).status === 200, 30_000);
  expect((await get("/")).status).toBe(200);
  const space = await get("/espace");
  expect(space.status).toBe(200);
  expect(await space.text()).toContain("Mon espace");
  const saved = await autosave(`Enregistré après ${label}`);
  expect(saved.status).toBe(200);
  const steps = (await draftOf(applicationId))?.data as {
    steps: Record<string, { situation?: string }>;
  };
  expect(steps.steps["2"]?.situation).toBe(`Enregistré après ${label}`);
  expect(server.process.exitCode).toBeNull();
}

describe("PostgreSQL unreachable under the running app", () => {
  it("answers 503 during the outage, stores nothing, and works again after it", async () => {
    expect((await get("/healthz", false)).status).toBe(200);
    const before = await draftOf(applicationId);
    await proxy.cut();
    await expectCleanOutage();
    // Still down a while later (the pool's retries do not turn into a crash or a hang).
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await expectCleanOutage();
    await proxy.restore();
    const after = await draftOf(applicationId);
    expect(after?.status).toBe("draft");
    expect(after?.data).toEqual(before?.data);
    await expectRecovered("la coupure");
  });

  it("recovers by itself when its connections are terminated (a PostgreSQL restart)", async () => {
    const name = new URL(database.url).pathname.slice(1);
    // From the server's maintenance database: every backend of the scenario's database goes.
    const terminate = async () => {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
            where datname = $1 and pid <> pg_backend_pid()`,
          [name],
        );
        return (rows[0] as { n: number }).n;
      } finally {
        await admin.end();
      }
    };
    expect(await terminate()).toBeGreaterThan(0);
    await expectRecovered("l'arrêt des connexions");
    // Several times in a row, while requests are running.
    const load = Array.from({ length: 20 }, () => get("/espace").then((r) => r.status));
    await terminate();
    const statuses = await Promise.all(load);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    await expectRecovered("un second arrêt");
  });

  it("runs its jobs again after the outage: a mail enqueued then is sent", async () => {
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await proxy.restore();
    await expectRecovered("la reprise des tâches");
    const submitted = await postForm(
      server,
      `/espace/candidatures/${applicationId}/recapitulatif`,
      { intent: "submit" },
      cookie,
    );
    expect(submitted.status).toBe(302);
    // The acknowledgement is written to the outbox by the worker of the same process.
    await eventually(async () => {
      const { rows } = await executeRawSql(
        handle.db,
        `select state from pgboss.job where name = 'send-email' and data->>'to' = $1`,
        [applicantEmail],
      );
      return (rows as { state: string }[]).some((row) => row.state === "completed");
    }, 30_000);
    expect(server.output()).not.toMatch(/uncaught|unhandledRejection/i);
  });
});
