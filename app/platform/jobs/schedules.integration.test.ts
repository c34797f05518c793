// Recurring jobs: registered by every instance, stored once, run once per occurrence. The cron
// monitor is made to check every second, and the schedule is "the current minute of every hour",
// so the test needs no real cron minute to pass and cannot see a legitimate second occurrence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DatabaseHandle } from "~/platform/db/types";
import { createLogger } from "~/platform/logger.server";
import { createTestDatabase } from "../../../tests/support/test-database";
import { eventually } from "../../../tests/support/test-services";
import { defineJob, type JobDependencies } from "./define-job";
import { createJobQueue, type JobQueue } from "./queue.server";

const runs: string[] = [];
let database: DatabaseHandle;
const queues: JobQueue[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  // Leave at least 15 s of the current minute for the occurrence to be sent.
  if (new Date().getSeconds() >= 45) await sleep((61 - new Date().getSeconds()) * 1000);
  const minute = new Date().getMinutes();
  const hourly = defineJob({
    name: "test-hourly",
    payload: z.object({}),
    schedule: `${minute} * * * *`,
    async handle() {
      runs.push(new Date().toISOString());
    },
  });
  database = await createTestDatabase();
  const logger = createLogger("silent");
  const deps = { db: database.db, logger } as unknown as JobDependencies;
  // Two instances on the same database, both running workers and the cron monitor.
  for (let i = 0; i < 2; i++) {
    const queue = createJobQueue(database, logger, {
      schedules: true,
      cronMonitorIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
    });
    await queue.start([hourly]);
    await queue.work([hourly], deps);
    queues.push(queue);
  }
}, 40_000);

afterAll(async () => {
  for (const queue of queues) await queue.stop(1000);
  await database.close();
});

describe("scheduled jobs", () => {
  it("keeps one schedule row when two instances register the same job", async () => {
    // pg-boss's type omits the stored time zone column.
    const schedules = (await queues[0]?.boss.getSchedules()) as unknown as {
      name: string;
      timezone: string;
    }[];
    expect(schedules.map((schedule) => [schedule.name, schedule.timezone])).toEqual([
      ["test-hourly", "Europe/Paris"],
    ]);
  });

  it("runs an occurrence once, although both instances check the schedules", async () => {
    await eventually(async () => runs.length > 0, 12_000);
    // Several more cron checks happen meanwhile (one a second): none sends it again.
    await sleep(3000);
    expect(runs).toHaveLength(1);
  }, 20_000);

  it("removes the schedule of a job that no longer declares one", async () => {
    const plain = defineJob({ name: "test-hourly", payload: z.object({}), async handle() {} });
    await queues[0]?.start([plain]);
    expect(await queues[0]?.boss.getSchedules()).toEqual([]);
  });
});
