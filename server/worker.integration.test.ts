import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sendEmailJob } from "../app/features/notifications";
import { allJobs } from "../app/jobs.server";
import { openDatabase } from "../app/platform/db/client.server";
import { migrateDatabase } from "../app/platform/db/migrate.server";
import { createJobQueue } from "../app/platform/jobs/queue.server";
import { createLogger } from "../app/platform/logger.server";
import { waitForMail } from "../tests/support/mail";
import { createEmptyPostgresDatabase, testDriver } from "../tests/support/test-database";

describe("npm run worker", () => {
  it.runIf(testDriver === "pglite")("refuses to run on the embedded database", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/worker.ts"], {
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: mkdtempSync(path.join(tmpdir(), "w-")) },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run worker a besoin de PostgreSQL");
  });

  it.runIf(testDriver === "pg")(
    "runs jobs enqueued by another process on PostgreSQL, then stops on SIGTERM",
    async () => {
      const created = await createEmptyPostgresDatabase();
      const dataDir = mkdtempSync(path.join(tmpdir(), "digitess-worker-"));
      const worker = spawn(process.execPath, ["--import", "tsx", "server/worker.ts"], {
        env: { ...process.env, DATABASE_URL: created.url, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      worker.stderr?.on("data", (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => worker.on("exit", resolve));
      const database = await openDatabase({ url: created.url, dataDir: "" });
      try {
        await migrateDatabase(database);
        const queue = createJobQueue(database, createLogger("silent"));
        await queue.start(allJobs);
        await database.db.transaction(async (tx) => {
          await queue.enqueue(tx, sendEmailJob, {
            to: "worker@exemple.fr",
            subject: "Envoyé par le worker",
            text: "Bonjour",
          });
        });
        const mail = await waitForMail(path.join(dataDir, "mail"), "worker@exemple.fr");
        expect(mail.subject).toBe("Envoyé par le worker");
        await queue.stop(1000);
        worker.kill("SIGTERM");
        expect(await exited).toBe(0);
      } finally {
        if (worker.exitCode === null) worker.kill("SIGKILL");
        await database.close();
        await created.drop();
      }
      expect(output).not.toMatch(/error/i);
    },
    60_000,
  );
});
