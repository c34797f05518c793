/**
 * Applies the retention periods (ADR 0012), rule by rule, each in its own transactions of at
 * most BATCH rows, then removes the files of what it deleted from the store:
 * - drafts never submitted (or withdrawn before submission) whose last change is older than
 *   DRAFT_RETENTION_MONTHS: the application and everything hanging from it;
 * - applications closed without funding (refused, ineligible, withdrawn) longer ago than
 *   CLOSED_APPLICATION_FILES_RETENTION_YEARS: their documents (the record, amounts and decision
 *   stay);
 * - exports (personal-data archives, review lists) older than EXPORT_RETENTION_DAYS;
 * - audit events older than AUDIT_RETENTION_YEARS (the one deletion the append-only trigger
 *   lets through, in a transaction that says so: migration 0008);
 * - sessions and sign-in tokens past their expiry.
 * One audit event records what was removed. Running it twice removes nothing more.
 */
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import type { Logger } from "~/platform/logger.server";
import type { FileStorage } from "~/platform/storage/storage";
import {
  applicationAttachments,
  applications,
  auditEvents,
  exports,
  session,
  verification,
} from "../../../db/schema";
import { closedWithoutFundingStates, type RetentionCutoffs, unsentStates } from "./retention";

/** Rows removed per transaction. */
export const RETENTION_BATCH = 500;

/** The transaction-local setting the audit trigger reads to let a retention delete through. */
export const AUDIT_RETENTION_SETTING = "digitess.audit_retention";

export type RetentionReport = {
  drafts: number;
  closedApplicationFiles: number;
  exports: number;
  auditEvents: number;
  expiredSessions: number;
  expiredTokens: number;
  files: number;
  filesNotRemoved: number;
};

async function inBatches(step: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await step();
    total += removed;
    if (removed < RETENTION_BATCH) return total;
  }
}

export async function enforceRetention(options: {
  db: Database;
  storage: FileStorage;
  logger?: Logger;
  now: Date;
  cutoffs: RetentionCutoffs;
}): Promise<RetentionReport> {
  const { db, cutoffs } = options;
  const keys: string[] = [];

  const drafts = await inBatches(() =>
    db.transaction(async (tx) => {
      const expired = await tx
        .select({ id: applications.id })
        .from(applications)
        .where(
          and(
            inArray(applications.status, [...unsentStates]),
            isNull(applications.submittedAt),
            lt(applications.updatedAt, cutoffs.drafts),
          ),
        )
        .limit(RETENTION_BATCH)
        .for("update", { skipLocked: true });
      const ids = expired.map((row) => row.id);
      if (ids.length === 0) return 0;
      const files = await tx
        .select({ storageKey: applicationAttachments.storageKey })
        .from(applicationAttachments)
        .where(inArray(applicationAttachments.applicationId, ids));
      keys.push(...files.map((file) => file.storageKey));
      await tx.delete(applications).where(inArray(applications.id, ids));
      return ids.length;
    }),
  );

  const closedApplicationFiles = await inBatches(() =>
    db.transaction(async (tx) => {
      const expired = await tx
        .select({ id: applicationAttachments.id })
        .from(applicationAttachments)
        .innerJoin(applications, eq(applications.id, applicationAttachments.applicationId))
        .where(
          and(
            inArray(applications.status, [...closedWithoutFundingStates]),
            lt(applications.statusChangedAt, cutoffs.closedApplicationFiles),
          ),
        )
        .limit(RETENTION_BATCH);
      const ids = expired.map((row) => row.id);
      if (ids.length === 0) return 0;
      const removed = await tx
        .delete(applicationAttachments)
        .where(inArray(applicationAttachments.id, ids))
        .returning({ storageKey: applicationAttachments.storageKey });
      keys.push(...removed.map((row) => row.storageKey));
      return removed.length;
    }),
  );

  const exportCount = await inBatches(() =>
    db.transaction(async (tx) => {
      const expired = await tx
        .select({ id: exports.id })
        .from(exports)
        .where(lt(exports.createdAt, cutoffs.exports))
        .limit(RETENTION_BATCH);
      const ids = expired.map((row) => row.id);
      if (ids.length === 0) return 0;
      const removed = await tx
        .delete(exports)
        .where(inArray(exports.id, ids))
        .returning({ storageKey: exports.storageKey });
      keys.push(...removed.flatMap((row) => (row.storageKey ? [row.storageKey] : [])));
      return removed.length;
    }),
  );

  const auditCount = await inBatches(() =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select set_config(${AUDIT_RETENTION_SETTING}, 'on', true)`);
      const expired = await tx
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(lt(auditEvents.occurredAt, cutoffs.auditEvents))
        .limit(RETENTION_BATCH);
      const ids = expired.map((row) => row.id);
      if (ids.length === 0) return 0;
      await tx.delete(auditEvents).where(inArray(auditEvents.id, ids));
      return ids.length;
    }),
  );

  const expiredSessions = (
    await db.delete(session).where(lt(session.expiresAt, options.now)).returning({ id: session.id })
  ).length;
  const expiredTokens = (
    await db
      .delete(verification)
      .where(lt(verification.expiresAt, options.now))
      .returning({ id: verification.id })
  ).length;

  let filesNotRemoved = 0;
  for (const key of keys) {
    try {
      await options.storage.delete(key);
    } catch (error) {
      filesNotRemoved += 1;
      options.logger?.error({ err: error, key }, "retention: file not removed");
    }
  }

  const report: RetentionReport = {
    drafts,
    closedApplicationFiles,
    exports: exportCount,
    auditEvents: auditCount,
    expiredSessions,
    expiredTokens,
    files: keys.length - filesNotRemoved,
    filesNotRemoved,
  };
  await appendAuditEvent(db, {
    actorId: null,
    entityType: "retention",
    entityId: options.now.toISOString().slice(0, 10),
    action: "retention.enforced",
    after: {
      ...report,
      cutoffs: Object.fromEntries(
        Object.entries(cutoffs).map(([rule, cutoff]) => [rule, cutoff.toISOString()]),
      ),
    },
  });
  return report;
}
