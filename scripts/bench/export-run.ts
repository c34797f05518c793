/**
 * One export of the whole review inbox (every column, no filter) as the demo instructor, run by
 * the export job's own handler in this process, on BENCH_DATABASE_URL; prints one JSON line:
 * rows, seconds, file size, the process's peak RSS and its RSS before the export started.
 * `npm run bench` runs it once per format, each in its own process, so that peaks are its own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { exportColumnIds } from "../../app/features/review/export-columns";
import { parseInboxSearch } from "../../app/features/review/inbox-filters";
import { exportReviewInboxJob } from "../../app/features/review/jobs/export-review-inbox";
import { openDatabase } from "../../app/platform/db/client.server";
import type { JobDependencies } from "../../app/platform/jobs/define-job";
import { createDiskStorage } from "../../app/platform/storage/disk-storage.server";
import { exports, user } from "../../db/schema";

const format = process.argv[2] === "xlsx" ? "xlsx" : "csv";
const url = process.env.BENCH_DATABASE_URL;
const email = process.env.BENCH_STAFF_EMAIL ?? "karim.benali@demo.digitess.fr";
if (!url) throw new Error("BENCH_DATABASE_URL is required");

const database = await openDatabase({ url, dataDir: "" });
const root = mkdtempSync(path.join(os.tmpdir(), "digitess-bench-export-"));
try {
  const { db } = database;
  const [staff] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (!staff) throw new Error(`no account ${email}`);
  const [created] = await db
    .insert(exports)
    .values({
      userId: staff.id,
      kind: "review_inbox",
      format,
      filters: parseInboxSearch(new URLSearchParams()).filters,
      columns: [...exportColumnIds],
    })
    .returning({ id: exports.id });
  if (!created) throw new Error("the export row was not created");
  const silent = { info() {}, warn() {}, error() {}, debug() {} };
  const deps = {
    db,
    storage: createDiskStorage({ root }),
    logger: silent,
  } as unknown as JobDependencies;
  global.gc?.();
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  await exportReviewInboxJob.handle({ exportId: created.id, locale: "fr" }, deps);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const [done] = await db.select().from(exports).where(eq(exports.id, created.id));
  await db.delete(exports).where(eq(exports.id, created.id));
  if (done?.status !== "done") throw new Error(`export ${done?.status}: ${done?.error}`);
  console.log(
    JSON.stringify({
      format,
      rows: done.writtenRows,
      seconds,
      sizeBytes: done.sizeBytes,
      peakRssMb: peakRss / 2 ** 20,
      baselineRssMb: baselineRss / 2 ** 20,
    }),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
  await database.close();
}
