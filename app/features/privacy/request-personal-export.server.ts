// Starts the archive of a member's personal data: in one transaction, the `exports` row (kind
// "personal_data"), its audit event and the job that writes it. One at a time: while an archive
// is being written, asking again returns it instead of starting another.
import { and, eq, inArray } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import type { Locale } from "~/platform/i18n/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { exports } from "../../../db/schema";
import { PERSONAL_EXPORT_FORMAT, PERSONAL_EXPORT_KIND } from "./export-layout";
import { exportPersonalDataJob } from "./jobs/export-personal-data";

export async function requestPersonalExport(options: {
  db: Database;
  jobs: JobQueue;
  userId: string;
  locale: Locale;
  requestId?: string;
}): Promise<{ exportId: string; alreadyRunning: boolean }> {
  const { db, userId } = options;
  return db.transaction(async (tx) => {
    const [running] = await tx
      .select({ id: exports.id })
      .from(exports)
      .where(
        and(
          eq(exports.userId, userId),
          eq(exports.kind, PERSONAL_EXPORT_KIND),
          inArray(exports.status, ["pending", "running"]),
        ),
      )
      .for("update");
    if (running) return { exportId: running.id, alreadyRunning: true };
    const [created] = await tx
      .insert(exports)
      .values({
        userId,
        kind: PERSONAL_EXPORT_KIND,
        format: PERSONAL_EXPORT_FORMAT,
        filters: {},
        columns: [],
      })
      .returning({ id: exports.id });
    if (!created) throw new Error("export not recorded");
    await appendAuditEvent(tx, {
      actorId: userId,
      entityType: "export",
      entityId: created.id,
      action: "export.requested",
      after: { kind: PERSONAL_EXPORT_KIND, format: PERSONAL_EXPORT_FORMAT },
      requestId: options.requestId,
    });
    await options.jobs.enqueue(tx, exportPersonalDataJob, {
      exportId: created.id,
      locale: options.locale,
    });
    return { exportId: created.id, alreadyRunning: false };
  });
}
