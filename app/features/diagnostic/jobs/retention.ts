// Retention of anonymous diagnostics (decision in docs/architecture.md, "Jobs and schedules").
// A diagnostic is anonymous when it belongs to no organisation and no account: only its resume
// token reaches it. Once its last activity is older than the retention period it is removed,
// whether it was abandoned in progress or completed (a completed anonymous result is only a link
// the visitor kept; a signed-in user who attaches it takes it out of this rule).

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which an anonymous diagnostic's last activity makes it expire. */
export function anonymousDiagnosticCutoff(now: Date, retentionDays: number): Date {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new RangeError(`retention must be a whole number of days >= 1, got ${retentionDays}`);
  }
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
