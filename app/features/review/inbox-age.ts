// The age of an application in its current state, and when it warrants a warning (pure): states
// that wait on staff (submitted, in review) warn once the programme's delay has passed; states
// that wait on the applicant (information or correction asked) show their age without a warning;
// the others (committee, decisions) just show their age.
import type { ApplicationState } from "~/features/applications";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who the application waits on in a state. */
export type WaitingOn = "staff" | "applicant" | null;

const waitingOnByState: Partial<Record<ApplicationState, WaitingOn>> = {
  submitted: "staff",
  in_review: "staff",
  information_requested: "applicant",
  correction_requested: "applicant",
};

export function waitingOn(status: ApplicationState): WaitingOn {
  return waitingOnByState[status] ?? null;
}

export type AgeInState = {
  /** Whole days since the application entered its state (0 on the first day). */
  days: number;
  waitingOn: WaitingOn;
  /** Waiting on staff for `alertDays` days or more. */
  overdue: boolean;
};

/**
 * The age in state at `now`. `alertDays` is the programme's `review_alert_days`: after that many
 * whole days waiting on staff, the inbox warns. A date in the future counts as 0 days.
 */
export function ageInState(input: {
  status: ApplicationState;
  statusChangedAt: Date;
  alertDays: number;
  now: Date;
}): AgeInState {
  const elapsed = input.now.getTime() - input.statusChangedAt.getTime();
  const days = Number.isFinite(elapsed) && elapsed > 0 ? Math.floor(elapsed / DAY_MS) : 0;
  const who = waitingOn(input.status);
  return { days, waitingOn: who, overdue: who === "staff" && days >= Math.max(0, input.alertDays) };
}
