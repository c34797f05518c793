import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DatabaseHandle } from "~/platform/db/types";
import { createLogger } from "~/platform/logger.server";
import { createTestDatabase } from "../../../tests/support/test-database";
import { eventually } from "../../../tests/support/test-services";
import { defineJob } from "./define-job";
import { createJobQueue, type JobQueue } from "./queue.server";

const handled: string[] = [];
const recordJob = defineJob({
  name: "test-record",
  payload: z.object({ label: z.string() }),
  async handle({ label }) {
    handled.push(label);
  },
});

let database: DatabaseHandle;
let queue: JobQueue;

beforeAll(async () => {
  database = await createTestDatabase();
  const logger = createLogger("silent");
  queue = createJobQueue(database, logger);
  await queue.start([recordJob]);
  await queue.work([recordJob], {
    db: database.db,
    logger,
    mail: null as never,
    storage: null as never,
    env: null as never,
    appUrl: "",
    jobs: queue,
  });
});

afterAll(async () => {
  await queue.stop(1000);
  await database.close();
});

describe("job queue", () => {
  it("runs a job enqueued in a committed transaction", async () => {
    await database.db.transaction(async (tx) => {
      await queue.enqueue(tx, recordJob, { label: "committed" });
    });
    await eventually(async () => handled.includes("committed"));
  });

  it("never runs a job enqueued in a transaction that rolls back", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await queue.enqueue(tx, recordJob, { label: "rolled-back" });
        throw new Error("the command failed");
      }),
    ).rejects.toThrow("the command failed");
    // A marker job enqueued afterwards proves the worker has polled past the rolled-back one.
    await queue.enqueue(database.db, recordJob, { label: "marker" });
    await eventually(async () => handled.includes("marker"));
    const rows = await queue.boss.fetch("test-record");
    expect(rows).toEqual([]);
    expect(handled).not.toContain("rolled-back");
  });

  it("refuses a payload that does not match the job's schema", async () => {
    await expect(queue.enqueue(database.db, recordJob, { label: 42 } as never)).rejects.toThrow();
  });
});
