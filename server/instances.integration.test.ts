// Several instances (issue 16): two app processes and one separate worker on the same PostgreSQL
// database and the same S3-compatible store (s3rver). A session opened on one instance works on
// the other, an application submitted on one is seen on the other, a file uploaded on one is
// downloaded from the other, and a scheduled job runs once. Runs the built app (npm run build).
import { existsSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "~/platform/db/client.server";
import { executeRawSql } from "~/platform/db/raw-sql.server";
import type { Database, DatabaseHandle } from "~/platform/db/types";
import { applicationAttachments, applications, diagnostics } from "../db/schema";
import {
  buildApplicant,
  buildDraft,
  completeSteps,
  digitessProgramId,
  samplePdf,
} from "../tests/factories/applications";
import { buildDiagnostic } from "../tests/factories/diagnostics";
import { DEFAULT_TEST_PASSWORD } from "../tests/factories/users";
import { startS3Server, type TestS3Server } from "../tests/support/s3-server";
import {
  type RunningServer,
  type RunningWorker,
  spawnServer,
  spawnWorker,
} from "../tests/support/spawn-server";
import { createEmptyPostgresDatabase, testDriver } from "../tests/support/test-database";
import { eventually } from "../tests/support/test-services";

const PURGE = "purge-anonymous-diagnostics";
const DAY_MS = 24 * 60 * 60 * 1000;

// Several processes on one database need PostgreSQL: PGlite has one owner process (ADR 0002).
describe.skipIf(testDriver !== "pg")(
  "two instances and a worker on PostgreSQL and S3 (PostgreSQL only: PGlite has one owner process)",
  () => {
    let created: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
    let s3: TestS3Server;
    let database: DatabaseHandle | undefined;
    const instances: RunningServer[] = [];
    let worker: RunningWorker | undefined;
    let recentDiagnosticId = "";

    beforeAll(async () => {
      created = await createEmptyPostgresDatabase();
      s3 = await startS3Server();
      const shared = {
        DATABASE_URL: created.url,
        STORAGE_URL: s3.storageUrl,
        RUN_WORKER: "false",
        DEMO_SEED: "false",
        AUTH_RATE_LIMIT_MAX: "1000",
      };
      // The first instance migrates and creates the job queues. Two instances starting at once on
      // an empty database can deadlock in pg-boss's queue creation (seen here): see
      // docs/deployment.md. Once it exists, the other processes start together.
      instances.push(await spawnServer(shared));
      const [second, started] = await Promise.all([spawnServer(shared), spawnWorker(shared)]);
      instances.push(second);
      worker = started;
      database = await openDatabase({ url: created.url, dataDir: "" });
      // The occurrence is awaited by the last test; the worker checks meanwhile.
      recentDiagnosticId = await makeThePurgeDue(database.db);
    }, 90_000);

    afterAll(async () => {
      const processes = [...instances, ...(worker ? [worker] : [])];
      for (const running of processes) {
        if (running.process.exitCode === null) running.process.kill("SIGTERM");
      }
      await Promise.all(
        processes.map((running) =>
          Promise.race([
            running.exited,
            new Promise((resolve) =>
              setTimeout(() => resolve(running.process.kill("SIGKILL")), 10_000),
            ),
          ]),
        ),
      );
      await database?.close();
      await s3?.close();
      await created?.drop();
    }, 30_000);

    it("continues a session, an application and its files from one instance on the other", async () => {
      const [first, second] = instances as [RunningServer, RunningServer];
      const db = (database as DatabaseHandle).db;
      const applicant = await buildApplicant(db);
      const draftId = await buildDraft(db, {
        organizationId: applicant.organizationId,
        programId: await digitessProgramId(db),
        createdBy: applicant.actor.id,
        data: completeSteps(),
        currentStep: 4,
      });

      // Signed in on the first instance, the session is read by the second one.
      const signIn = await post(first, "/connexion", {
        email: applicant.email,
        password: DEFAULT_TEST_PASSWORD,
      });
      expect(signIn.status).toBe(302);
      const cookie = signIn.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const space = await fetch(`${second.url}/espace`, { headers: { cookie } });
      expect(space.status).toBe(200);
      expect(await space.text()).toContain("Mon espace");

      // One document uploaded on each instance, into the shared bucket.
      const statutes = samplePdf("Statuts signés");
      const uploads: [RunningServer, string, Uint8Array<ArrayBuffer>][] = [
        [first, "statutes", statutes],
        [second, "accounts", samplePdf("Comptes 2025")],
      ];
      for (const [instance, kind, bytes] of uploads) {
        const form = new FormData();
        form.append("intent", "upload");
        form.append("kind", kind);
        form.append("file", new File([bytes], `${kind}.pdf`));
        const answer = await post(
          instance,
          `/espace/candidatures/${draftId}/etape/4`,
          form,
          cookie,
        );
        expect(answer.status, kind).toBe(302);
      }

      // Submitted on the second instance, followed on the first.
      const submitted = await post(
        second,
        `/espace/candidatures/${draftId}/recapitulatif`,
        { intent: "submit" },
        cookie,
      );
      expect(submitted.status).toBe(302);
      const [row] = await db
        .select({ number: applications.number })
        .from(applications)
        .where(eq(applications.id, draftId));
      expect(row?.number).toMatch(/^DE-\d{4}-\d{5}$/);
      const follow = await fetch(`${first.url}/espace/candidatures/${draftId}`, {
        headers: { cookie },
      });
      expect(follow.status).toBe(200);
      expect(await follow.text()).toContain(row?.number as string);

      // The statutes, uploaded on the first instance, downloaded from the second: same bytes.
      const [attachment] = await db
        .select({ id: applicationAttachments.id })
        .from(applicationAttachments)
        .where(
          and(
            eq(applicationAttachments.applicationId, draftId),
            eq(applicationAttachments.kind, "statutes"),
          ),
        );
      const download = await fetch(
        `${second.url}/espace/candidatures/${draftId}/pieces/${attachment?.id}`,
        { headers: { cookie } },
      );
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(statutes))).toBe(true);
      // Nothing went to the instances' local disks.
      for (const instance of instances) {
        expect(existsSync(path.join(instance.dataDir, "uploads"))).toBe(false);
      }
    });

    it("runs a scheduled occurrence once, in the worker only", async () => {
      const db = (database as DatabaseHandle).db;
      // The worker's cron monitor checks every 30 s; the job runs a few seconds after.
      await eventually(async () => (await purgeJobs(db)).length > 0, 45_000);
      // Back to the nightly schedule, so no later minute sends a legitimate second occurrence.
      await executeRawSql(db, "update pgboss.schedule set cron = '30 3 * * *' where name = $1", [
        PURGE,
      ]);
      await eventually(async () => (await purgeJobs(db)).every((job) => job.state === "completed"));
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await purgeJobs(db)).toEqual([{ state: "completed" }]);
      expect(await db.select({ id: diagnostics.id }).from(diagnostics)).toEqual([
        { id: recentDiagnosticId },
      ]);
      const ran = (output: string) => output.split(`"job":"${PURGE}"`).length - 1;
      expect(ran(worker?.output() ?? "")).toBe(1);
      for (const instance of instances) expect(ran(instance.output())).toBe(0);
    }, 60_000);
  },
);

/** An old and a recent anonymous diagnostic, and the purge's schedule due every minute. */
async function makeThePurgeDue(db: Database): Promise<string> {
  const old = await buildDiagnostic(db, { completed: false, answers: {} });
  const at = new Date(Date.now() - 60 * DAY_MS);
  await db
    .update(diagnostics)
    .set({ createdAt: at, updatedAt: at })
    .where(eq(diagnostics.id, old.id));
  const recent = await buildDiagnostic(db, { completed: true });
  await executeRawSql(db, "update pgboss.schedule set cron = '* * * * *' where name = $1", [PURGE]);
  // Forget the last check, so the worker's next one (within 30 s) looks at the schedules.
  await executeRawSql(db, "update pgboss.version set cron_on = null", []);
  return recent.id;
}

async function purgeJobs(db: Database): Promise<{ state: string }[]> {
  const result = await executeRawSql(db, "select state from pgboss.job where name = $1", [PURGE]);
  return result.rows as { state: string }[];
}

/** A same-origin form POST (React Router and better-auth check the Origin). */
function post(
  instance: RunningServer,
  path: string,
  fields: Record<string, string> | FormData,
  cookie = "",
): Promise<Response> {
  return fetch(`${instance.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: instance.url, cookie },
    body: fields instanceof FormData ? fields : new URLSearchParams(fields),
  });
}
