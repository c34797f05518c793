// A job that throws is retried with back-off, then lands in the dead-letter list that
// administrators see at /admin/taches and retry from there (issue 12).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { allJobs } from "~/jobs.server";
import { listAuditEvents } from "~/platform/audit.server";
import { defineJob } from "~/platform/jobs/define-job";
import { listFailedJobs } from "~/platform/jobs/failed-jobs.server";
import type { Services } from "~/services.server";
import { createRouteClient } from "../../../tests/support/route-client";
import { signInAs } from "../../../tests/support/sessions";
import { createTestServices, eventually } from "../../../tests/support/test-services";
import * as page from "../../routes/admin/failed-jobs";
import * as adminHome from "../../routes/admin/home";

const attempts: { label: string; at: number }[] = [];
let healed = false;
const flakyJob = defineJob({
  name: "test-flaky",
  payload: z.object({ label: z.string() }),
  retryLimit: 2,
  retryDelaySeconds: 1,
  async handle({ label }) {
    attempts.push({ label, at: Date.now() });
    if (!healed) throw new Error(`mail server refused ${label}: 421 try later`);
  },
});

let services: Services;
const client = () => createRouteClient(services);
let jobId = "";

beforeAll(async () => {
  services = await createTestServices();
  await services.jobs.start([...allJobs, flakyJob]);
  await services.jobs.work([flakyJob], {
    db: services.db,
    mail: services.mail,
    storage: services.storage,
    logger: services.logger,
    env: services.env,
    appUrl: services.env.APP_URL,
    jobs: services.jobs,
  });
  jobId = await services.jobs.enqueue(services.db, flakyJob, { label: "first" });
}, 60_000);

afterAll(async () => {
  await services?.close();
});

const failedIds = async () => (await listFailedJobs(services.db)).jobs.map((job) => job.id);

describe("a job that throws", () => {
  it("is retried with a growing delay, then kept as failed with its error", async () => {
    await eventually(async () => (await failedIds()).includes(jobId), 30_000);
    const tries = attempts.filter((attempt) => attempt.label === "first");
    expect(tries).toHaveLength(3);
    const [a, b, c] = tries.map((attempt) => attempt.at) as [number, number, number];
    // Back-off: 1 to 2 s before the second attempt, 2 to 4 s before the third (plus polling).
    expect(b - a).toBeGreaterThanOrEqual(900);
    expect(c - b).toBeGreaterThanOrEqual(1900);
    const { jobs, total } = await listFailedJobs(services.db);
    expect(total).toBe(1);
    expect(jobs[0]).toMatchObject({
      id: jobId,
      name: "test-flaky",
      error: "mail server refused first: 421 try later",
      attempts: 3,
    });
    expect(jobs[0]?.failedAt.getTime()).toBeGreaterThanOrEqual(jobs[0]?.createdAt.getTime() ?? 0);
  });

  it("is listed for administrators only", async () => {
    const admin = await signInAs(services, { role: "admin" });
    const listed = await client().call(page.loader, {
      path: "/admin/taches",
      cookie: admin.cookie,
    });
    expect(listed.status).toBe(200);
    const data = listed.data as Awaited<ReturnType<typeof page.loader>>;
    expect(data.total).toBe(1);
    expect(data.jobs[0]).toMatchObject({ id: jobId, name: "test-flaky", attempts: 3 });
    // The payload is never shown (a mail's text can hold a sign-in link).
    expect(JSON.stringify(data)).not.toContain('"label"');
    const home = await client().call(adminHome.loader, { path: "/admin", cookie: admin.cookie });
    expect((home.data as { failedJobs: number }).failedJobs).toBe(1);

    const anonymous = await client().call(page.loader, { path: "/admin/taches" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe("/connexion?redirectTo=%2Fadmin%2Ftaches");
    for (const role of ["applicant", "instructor", "antenna_manager", "funder"] as const) {
      const other = await signInAs(services, { role });
      const form = { intent: "retry", jobId, name: "test-flaky" };
      const seen = await client().call(page.loader, {
        path: "/admin/taches",
        cookie: other.cookie,
      });
      expect(seen.status, role).toBe(404);
      const posted = await client().call(page.action, {
        path: "/admin/taches",
        cookie: other.cookie,
        form,
      });
      expect(posted.status, role).toBe(404);
    }
    expect(await failedIds()).toEqual([jobId]);
  });

  it("refuses a malformed retry with a French message, nothing changed", async () => {
    const admin = await signInAs(services, { role: "admin" });
    const forms: Record<string, string>[] = [
      { intent: "retry", jobId: "not-a-uuid", name: "test-flaky" },
      { intent: "retry", jobId, name: "Robert'); drop table jobs;--" },
      { intent: "retry", name: "test-flaky" },
    ];
    for (const form of forms) {
      const answer = await client().call(page.action, {
        path: "/admin/taches",
        cookie: admin.cookie,
        form,
      });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.data)).toContain("Choisissez une tâche de la liste.");
    }
    expect(await failedIds()).toEqual([jobId]);
  });

  it("runs again when an administrator retries it, once, with an audit event", async () => {
    const admin = await signInAs(services, { role: "admin" });
    healed = true;
    const before = attempts.length;
    const retried = await client().call(page.action, {
      path: "/admin/taches",
      cookie: admin.cookie,
      form: { intent: "retry", jobId, name: "test-flaky" },
    });
    expect(retried.status).toBe(302);
    expect(retried.location).toBe("/admin/taches");
    expect(retried.setCookies.some((cookie) => cookie.startsWith("notice="))).toBe(true);
    await eventually(async () => attempts.length > before, 15_000);
    expect(await failedIds()).toEqual([]);
    // The same button again (another tab): refused, with the reason, and nothing runs twice.
    const again = await client().call(page.action, {
      path: "/admin/taches",
      cookie: admin.cookie,
      form: { intent: "retry", jobId, name: "test-flaky" },
    });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.data)).toContain("n'est plus en échec");
    const events = await listAuditEvents(services.db, { entityType: "job", entityId: jobId });
    expect(events.map((event) => [event.action, event.actorId, event.after])).toEqual([
      ["job.retried", admin.id, { name: "test-flaky" }],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(attempts.filter((attempt) => attempt.label === "first")).toHaveLength(4);
  });
});
