// The application (candidature) state machine: the only place that says which state change is
// allowed, from where, and by whom. Later issues add transitions here, nowhere else.
//
//   draft -> submitted -> in_review <-> information_requested
//   in_review <-> correction_requested (the applicant edits the named steps and resubmits)
//   in_review -> ready_for_committee | declared_ineligible
//   ready_for_committee -> scheduled -> accepted | refused | postponed
//   scheduled -> ready_for_committee (taken off a committee's agenda before its decision)
//   postponed -> ready_for_committee
//   any state before a decision -> withdrawn
//
// Decisions about the edges of the diagram:
// - "postponed" is a committee outcome but not a final one: the application goes back to a later
//   session, so the applicant may still withdraw it, and it is "before a decision".
// - "declared_ineligible" is a final decision taken by the instruction team: no withdrawal after it.
// - Withdrawal belongs to the applicant alone (it is the structure's choice); staff who must close
//   a dossier on the applicant's behalf will get their own transition when a later issue needs it.
// - The committee's outcome is recorded by a committee member (the session's chair or secretary)
//   or an administrator. Quorum, scores and conflicts of interest are the committees feature's
//   job; this module only says who may record the outcome.
// - Scheduling, rescheduling and unscheduling (an item taken off the agenda before the session
//   decides) prepare the committee, so they belong to instructors and admins.

import type { Role } from "~/features/auth";

export const applicationStates = [
  "draft",
  "submitted",
  "in_review",
  "information_requested",
  "correction_requested",
  "ready_for_committee",
  "declared_ineligible",
  "scheduled",
  "accepted",
  "refused",
  "postponed",
  "withdrawn",
] as const;

export type ApplicationState = (typeof applicationStates)[number];

export const applicationActions = [
  "submit",
  "start_review",
  "request_information",
  "answer_information",
  "request_correction",
  "resubmit_correction",
  "mark_ready",
  "declare_ineligible",
  "schedule",
  "accept",
  "refuse",
  "postpone",
  "reschedule",
  "unschedule",
  "withdraw",
] as const;

export type ApplicationAction = (typeof applicationActions)[number];

/** One row of the transition table: the states an action leaves from, where it goes, who may. */
export type TransitionRule = {
  readonly from: readonly ApplicationState[];
  readonly to: ApplicationState;
  readonly roles: readonly Role[];
};

const reviewers = ["instructor", "admin"] as const satisfies readonly Role[];
const deciders = ["committee_member", "admin"] as const satisfies readonly Role[];

/** States in which the outcome is still open; the applicant may withdraw from each of them. */
const statesBeforeDecision = [
  "draft",
  "submitted",
  "in_review",
  "information_requested",
  "correction_requested",
  "ready_for_committee",
  "scheduled",
  "postponed",
] as const satisfies readonly ApplicationState[];

/** States no transition leaves. */
const terminalStates = [
  "declared_ineligible",
  "accepted",
  "refused",
  "withdrawn",
] as const satisfies readonly ApplicationState[];

export const transitionTable: { readonly [A in ApplicationAction]: TransitionRule } = {
  submit: { from: ["draft"], to: "submitted", roles: ["applicant"] },
  start_review: { from: ["submitted"], to: "in_review", roles: reviewers },
  request_information: { from: ["in_review"], to: "information_requested", roles: reviewers },
  answer_information: { from: ["information_requested"], to: "in_review", roles: ["applicant"] },
  request_correction: { from: ["in_review"], to: "correction_requested", roles: reviewers },
  resubmit_correction: { from: ["correction_requested"], to: "in_review", roles: ["applicant"] },
  mark_ready: { from: ["in_review"], to: "ready_for_committee", roles: reviewers },
  declare_ineligible: { from: ["in_review"], to: "declared_ineligible", roles: reviewers },
  schedule: { from: ["ready_for_committee"], to: "scheduled", roles: reviewers },
  accept: { from: ["scheduled"], to: "accepted", roles: deciders },
  refuse: { from: ["scheduled"], to: "refused", roles: deciders },
  postpone: { from: ["scheduled"], to: "postponed", roles: deciders },
  reschedule: { from: ["postponed"], to: "ready_for_committee", roles: reviewers },
  unschedule: { from: ["scheduled"], to: "ready_for_committee", roles: reviewers },
  withdraw: { from: statesBeforeDecision, to: "withdrawn", roles: ["applicant"] },
};

export type TransitionRefusal = "not_allowed_from_state" | "role_not_allowed";

export type TransitionResult =
  | { readonly ok: true; readonly to: ApplicationState }
  | { readonly ok: false; readonly reason: TransitionRefusal };

/**
 * Computes the state an action leads to, or why it is refused.
 * The state is checked before the role: an action that makes no sense here is refused as such,
 * whoever asks.
 */
export function transition(
  from: ApplicationState,
  action: ApplicationAction,
  actorRole: Role,
): TransitionResult {
  const rule = Object.hasOwn(transitionTable, action) ? transitionTable[action] : undefined;
  if (rule === undefined || !rule.from.includes(from)) {
    return { ok: false, reason: "not_allowed_from_state" };
  }
  if (!rule.roles.includes(actorRole)) {
    return { ok: false, reason: "role_not_allowed" };
  }
  return { ok: true, to: rule.to };
}

/** Lists the actions a role may perform on an application in the given state, in table order. */
export function allowedActions(state: ApplicationState, role: Role): ApplicationAction[] {
  return applicationActions.filter((action) => transition(state, action, role).ok);
}

/** Tells whether no transition leaves the state (final outcome). */
export function isTerminal(state: ApplicationState): boolean {
  return (terminalStates as readonly ApplicationState[]).includes(state);
}

/** Tells whether the outcome is still open (no final decision, no withdrawal yet). */
export function isBeforeDecision(state: ApplicationState): boolean {
  return (statesBeforeDecision as readonly ApplicationState[]).includes(state);
}

/** Tells whether a value is a known application state (for data read from forms or storage). */
export function isApplicationState(value: unknown): value is ApplicationState {
  return typeof value === "string" && (applicationStates as readonly string[]).includes(value);
}

/** Tells whether a value is a known application action (for data read from forms). */
export function isApplicationAction(value: unknown): value is ApplicationAction {
  return typeof value === "string" && (applicationActions as readonly string[]).includes(value);
}
