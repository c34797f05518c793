/**
 * Writes the file of an export of the review inbox. The rows are the inbox's own query
 * (inboxWhere + inboxOrder) for the export's user, whose role is read again now (someone who
 * lost access gets nothing), walked by keyset in batches of 1000, the next batch read while one
 * is written; each batch goes through the CSV or XLSX writer into a stream that the file store
 * consumes, so memory stays constant whatever the row count (two batches at most).
 * `written_rows` (the progress page) follows the batches, written beside them (at most every
 * PROGRESS_INTERVAL_MS, the whole count at the end), then the export is done with its size, or
 * failed with the error. Not retried: the user starts again.
 */
import type { Writable } from "node:stream";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { can, toRole } from "~/features/auth";
import type { Database } from "~/platform/db/types";
import { progressCounter, readAhead } from "~/platform/export/batches";
import { type CsvCell, writeCsv } from "~/platform/export/csv";
import { writeXlsx, type XlsxCell } from "~/platform/export/xlsx";
import type { Locale } from "~/platform/i18n/types";
import { defineJob } from "~/platform/jobs/define-job";
import { storeStream } from "~/platform/storage/store-stream.server";
import { exports, user } from "../../../../db/schema";
import {
  columnLabel,
  type ExportColumnId,
  type ExportFormat,
  exportLines,
  isExportFormat,
  orderColumns,
} from "../export-columns";
import { countInboxRows, loadAxisLabels, readInboxBatch } from "../export-queries.server";
import {
  type InboxCursor,
  type InboxFilters,
  inboxSearch,
  parseInboxSearch,
} from "../inbox-filters";
import type { InboxStaff } from "../inbox-query.server";
import { en, fr } from "../messages-export";

/** Rows read per query. */
export const EXPORT_BATCH_SIZE = 1000;
/** The least time between two writes of the progress count (the page refreshes every 2 s). */
export const PROGRESS_INTERVAL_MS = 250;
/** The largest file an export may write. */
export const EXPORT_MAX_BYTES = 1024 * 1024 * 1024;

/** The stored filters read back through the inbox's own parser (never trusted as they are). */
function storedFilters(value: unknown): InboxFilters {
  return parseInboxSearch(inboxSearch(value as InboxFilters)).filters;
}

type Plan = {
  exportId: string;
  staff: InboxStaff;
  filters: InboxFilters;
  columns: ExportColumnId[];
  format: ExportFormat;
  locale: Locale;
  now: Date;
};

async function* lines(db: Database, plan: Plan): AsyncGenerator<(CsvCell | XlsxCell)[]> {
  const axisLabels = await loadAxisLabels(db);
  const line = exportLines(plan.format, plan.columns, { locale: plan.locale, now: plan.now });
  // The progress page's count, written beside the file rather than before each next batch.
  const progress = progressCounter(async (writtenRows) => {
    await db.update(exports).set({ writtenRows }).where(eq(exports.id, plan.exportId));
  }, PROGRESS_INTERVAL_MS);
  const batches = readAhead((after: InboxCursor | null) =>
    readInboxBatch(db, {
      staff: plan.staff,
      filters: plan.filters,
      after,
      limit: EXPORT_BATCH_SIZE,
      axisLabels,
    }),
  );
  let written = 0;
  for await (const rows of batches) {
    for (const row of rows) yield line(row);
    written += rows.length;
    progress.report(written);
  }
  await progress.finish();
}

async function writeFile(db: Database, plan: Plan, out: Writable): Promise<void> {
  const headers = plan.columns.map((id) => columnLabel(id, plan.locale));
  if (plan.format === "csv") {
    await writeCsv(out, { header: headers, rows: lines(db, plan) as AsyncIterable<CsvCell[]> });
    return;
  }
  await writeXlsx(out, {
    sheetName: (plan.locale === "en" ? en : fr)["review.export.sheetName"],
    columns: headers.map((header) => ({ header, width: Math.max(12, header.length + 2) })),
    rows: lines(db, plan) as AsyncIterable<XlsxCell[]>,
    modifiedAt: plan.now,
  });
}

export const exportReviewInboxJob = defineJob({
  name: "export-review-inbox",
  payload: z.object({ exportId: z.uuid(), locale: z.enum(["fr", "en"]).default("fr") }),
  retryLimit: 0,
  async handle({ exportId, locale }, { db, storage, logger }) {
    // Claimed once: a finished export is never written again.
    const [claimed] = await db
      .update(exports)
      .set({ status: "running", writtenRows: 0, error: null })
      .where(and(eq(exports.id, exportId), inArray(exports.status, ["pending", "running"])))
      .returning();
    if (!claimed) return;
    const fail = async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ err: error, exportId }, "export failed");
      await db
        .update(exports)
        .set({ status: "failed", error: message.slice(0, 500), finishedAt: new Date() })
        .where(eq(exports.id, exportId));
    };
    try {
      const [owner] = await db
        .select({ role: user.role })
        .from(user)
        .where(eq(user.id, claimed.userId));
      const role = toRole(owner?.role);
      if (!owner || !can(role, "view:area:review")) {
        await fail(new Error("the user may no longer read the review inbox"));
        return;
      }
      const plan: Plan = {
        exportId,
        staff: { id: claimed.userId, role },
        filters: storedFilters(claimed.filters),
        columns: orderColumns(claimed.columns),
        format: isExportFormat(claimed.format) ? claimed.format : "csv",
        locale,
        now: new Date(),
      };
      if (plan.columns.length === 0) throw new Error("the export names no known column");
      const totalRows = await countInboxRows(db, plan.staff, plan.filters);
      await db.update(exports).set({ totalRows }).where(eq(exports.id, exportId));
      const file = await storeStream(storage, (out) => writeFile(db, plan, out), {
        maxBytes: EXPORT_MAX_BYTES,
      });
      const [done] = await db
        .update(exports)
        .set({
          status: "done",
          storageKey: file.key,
          sizeBytes: file.sizeBytes,
          finishedAt: new Date(),
        })
        .where(eq(exports.id, exportId))
        .returning({ writtenRows: exports.writtenRows });
      logger.info({ exportId, rows: done?.writtenRows, sizeBytes: file.sizeBytes }, "export done");
    } catch (error) {
      await fail(error);
    }
  },
});
