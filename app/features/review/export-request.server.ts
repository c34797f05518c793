// Starts an export of the review inbox: in one transaction, the `exports` row (the parsed
// filters, the columns, the format, the row count the page showed), the user's column choice
// saved (audited when it changed), the audit event of the request and the job that writes the
// file. Returns the export's id.
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import type { Locale } from "~/platform/i18n/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { exports, userPreferences } from "../../../db/schema";
import {
  EXPORT_COLUMNS_PREFERENCE,
  type ExportColumnId,
  type ExportFormat,
} from "./export-columns";
import { countInboxRows } from "./export-queries.server";
import type { InboxFilters } from "./inbox-filters";
import type { InboxStaff } from "./inbox-query.server";
import { exportReviewInboxJob } from "./jobs/export-review-inbox";

export async function requestExport(options: {
  db: Database;
  jobs: JobQueue;
  staff: InboxStaff;
  filters: InboxFilters;
  columns: readonly ExportColumnId[];
  format: ExportFormat;
  /** The language of the file's headers and labels (the requester's). */
  locale: Locale;
  requestId?: string;
}): Promise<{ exportId: string }> {
  const { db, staff } = options;
  const columns = [...options.columns];
  return db.transaction(async (tx) => {
    const totalRows = await countInboxRows(tx, staff, options.filters);
    const [created] = await tx
      .insert(exports)
      .values({
        userId: staff.id,
        kind: "review_inbox",
        format: options.format,
        filters: options.filters,
        columns,
        totalRows,
      })
      .returning({ id: exports.id });
    if (!created) throw new Error("export not recorded");

    const [saved] = await tx
      .select({ value: userPreferences.value })
      .from(userPreferences)
      .where(
        and(
          eq(userPreferences.userId, staff.id),
          eq(userPreferences.key, EXPORT_COLUMNS_PREFERENCE),
        ),
      );
    if (JSON.stringify(saved?.value ?? null) !== JSON.stringify(columns)) {
      await tx
        .insert(userPreferences)
        .values({ userId: staff.id, key: EXPORT_COLUMNS_PREFERENCE, value: columns })
        .onConflictDoUpdate({
          target: [userPreferences.userId, userPreferences.key],
          set: { value: columns, updatedAt: new Date() },
        });
      await appendAuditEvent(tx, {
        actorId: staff.id,
        entityType: "user",
        entityId: staff.id,
        action: "user.preference_updated",
        before: saved ? { key: EXPORT_COLUMNS_PREFERENCE, value: saved.value } : null,
        after: { key: EXPORT_COLUMNS_PREFERENCE, value: columns },
        requestId: options.requestId,
      });
    }

    await appendAuditEvent(tx, {
      actorId: staff.id,
      entityType: "export",
      entityId: created.id,
      action: "export.requested",
      after: {
        kind: "review_inbox",
        format: options.format,
        columns,
        filters: options.filters,
        totalRows,
      },
      requestId: options.requestId,
    });
    await options.jobs.enqueue(tx, exportReviewInboxJob, {
      exportId: created.id,
      locale: options.locale,
    });
    return { exportId: created.id };
  });
}
