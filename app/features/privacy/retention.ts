/**
 * Retention periods (ADR 0012): how long each kind of personal data is kept, read from the
 * environment (defaults in app/platform/env.server.ts, documented in docs/deployment.md), and
 * the cut-off instants the nightly job compares with. Pure: no I/O, calendar arithmetic in UTC.
 */

/** The configured periods, in the unit each is written in. */
export type RetentionPolicy = {
  /** An anonymous diagnostic (no organisation, no account), after its last activity. */
  anonymousDiagnosticDays: number;
  /** A draft never submitted (or withdrawn before submission), after its last change. */
  draftMonths: number;
  /** The files of an application closed without funding, after it was closed. */
  closedApplicationFilesYears: number;
  /** An export file (personal data, review list), after it was requested. */
  exportDays: number;
  /** An event of the audit trail, after it happened. */
  auditYears: number;
};

/** The environment variables a policy is read from (a subset of the parsed Env). */
export type RetentionEnv = {
  ANONYMOUS_DIAGNOSTIC_RETENTION_DAYS: number;
  DRAFT_RETENTION_MONTHS: number;
  CLOSED_APPLICATION_FILES_RETENTION_YEARS: number;
  EXPORT_RETENTION_DAYS: number;
  AUDIT_RETENTION_YEARS: number;
};

/** The policy of a parsed environment. */
export function retentionPolicyOf(env: RetentionEnv): RetentionPolicy {
  return {
    anonymousDiagnosticDays: env.ANONYMOUS_DIAGNOSTIC_RETENTION_DAYS,
    draftMonths: env.DRAFT_RETENTION_MONTHS,
    closedApplicationFilesYears: env.CLOSED_APPLICATION_FILES_RETENTION_YEARS,
    exportDays: env.EXPORT_RETENTION_DAYS,
    auditYears: env.AUDIT_RETENTION_YEARS,
  };
}

/**
 * States in which an application is closed without funding: its files are removed after
 * `closedApplicationFilesYears` (the application record, its amounts and decision stay).
 */
export const closedWithoutFundingStates = ["refused", "declared_ineligible", "withdrawn"] as const;

/** States of an application that never reached the programme (a draft, or withdrawn unsent). */
export const unsentStates = ["draft", "withdrawn"] as const;

function assertPeriod(value: number, unit: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`a retention period is a whole number of ${unit}, at least 1`);
  }
}

/** `months` calendar months before `now` (UTC), the day clamped to the month's last day. */
export function monthsBefore(now: Date, months: number): Date {
  assertPeriod(months, "months");
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(now.getTime());
  result.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return result;
}

/** `years` calendar years before `now` (UTC); 29 February becomes 28 February. */
export function yearsBefore(now: Date, years: number): Date {
  assertPeriod(years, "years");
  return monthsBefore(now, years * 12);
}

/** `days` days of 24 hours before `now`. */
export function daysBefore(now: Date, days: number): Date {
  assertPeriod(days, "days");
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}

/** What the nightly job removes: anything older than its cut-off. */
export type RetentionCutoffs = {
  anonymousDiagnostics: Date;
  drafts: Date;
  closedApplicationFiles: Date;
  exports: Date;
  auditEvents: Date;
};

/** The cut-offs of `policy` at `now`. */
export function retentionCutoffs(now: Date, policy: RetentionPolicy): RetentionCutoffs {
  return {
    anonymousDiagnostics: daysBefore(now, policy.anonymousDiagnosticDays),
    drafts: monthsBefore(now, policy.draftMonths),
    closedApplicationFiles: yearsBefore(now, policy.closedApplicationFilesYears),
    exports: daysBefore(now, policy.exportDays),
    auditEvents: yearsBefore(now, policy.auditYears),
  };
}

/** Whether something last touched at `at` is past its cut-off (strictly older). */
export function isExpired(at: Date, cutoff: Date): boolean {
  return at.getTime() < cutoff.getTime();
}

/** Until when an export requested at `createdAt` can be downloaded. */
export function exportAvailableUntil(createdAt: Date, policy: Pick<RetentionPolicy, "exportDays">) {
  return new Date(createdAt.getTime() + policy.exportDays * 24 * 60 * 60 * 1000);
}
