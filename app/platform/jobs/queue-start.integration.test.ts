import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openDatabase } from "~/platform/db/client.server";
import { migrateDatabase } from "~/platform/db/migrate.server";
import { createLogger } from "~/platform/logger.server";
import { createEmptyPostgresDatabase, testDriver } from "../../../tests/support/test-database";
import { defineJob } from "./define-job";
import { createJobQueue } from "./queue.server";

const jobs = ["a", "b", "c"].map((name) =>
  defineJob({
    name: `first-start-${name}`,
    payload: z.object({}),
    schedule: "0 3 * * *",
    async handle() {},
  }),
);

// pg-boss creates its schema on its first start; instances starting together on an empty
// database used to deadlock there (docs/deployment.md). Starts now take turns.
describe.runIf(testDriver === "pg")("job queue, first start on PostgreSQL", () => {
  it("four instances starting at once on an empty database all start, with one schema", async () => {
    const created = await createEmptyPostgresDatabase();
    const handles = await Promise.all(
      [1, 2, 3, 4].map(() => openDatabase({ url: created.url, dataDir: "" })),
    );
    const logger = createLogger("silent");
    const queues = handles.map((handle) => createJobQueue(handle, logger, { schedules: true }));
    try {
      await migrateDatabase(handles[0] as never);
      const started = await Promise.allSettled(queues.map((queue) => queue.start(jobs)));
      expect(started.map((result) => result.status)).toEqual([
        "fulfilled",
        "fulfilled",
        "fulfilled",
        "fulfilled",
      ]);
      const schedules = await handles[0]?.pool?.query(
        "select name from pgboss.schedule order by name",
      );
      expect(schedules?.rows.map((row) => row.name)).toEqual(jobs.map((job) => job.name));
    } finally {
      await Promise.all(queues.map((queue) => queue.stop(1000)));
      await Promise.all(handles.map((handle) => handle.close()));
      await created.drop();
    }
  }, 60_000);
});
