// Records that the owner downloaded an export's file (the audit trail keeps who took the data).
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";

export async function recordExportDownload(options: {
  db: Database;
  userId: string;
  exportId: string;
  requestId?: string;
}): Promise<void> {
  await appendAuditEvent(options.db, {
    actorId: options.userId,
    entityType: "export",
    entityId: options.exportId,
    action: "export.downloaded",
    requestId: options.requestId,
  });
}
