// The committee session state machine (issue 14): the only place that says which change of a
// session's status is allowed, from where, and by whom. Pure, safe for the browser.
//
//   planned -> pre_review -> in_session -> closed
//
// - Opening the pre-review and starting the meeting prepare the committee: instructors and
//   administrators (`prepare:committees`).
// - Closing makes the decisions final and moves the applications (accept, refuse, postpone are
//   committee decisions in the application state machine): a member of the session or an
//   administrator. Being a member of this session is checked by the command (a resource scope).
// - Nothing leaves "closed": a correction afterwards is an amendment, not a reopening.
import type { Role } from "~/features/auth";

export const sessionStates = ["planned", "pre_review", "in_session", "closed"] as const;
export type SessionState = (typeof sessionStates)[number];

export const sessionActions = ["open_pre_review", "start_session", "close_session"] as const;
export type SessionAction = (typeof sessionActions)[number];

type SessionRule = {
  readonly from: SessionState;
  readonly to: SessionState;
  readonly roles: readonly Role[];
};

const preparers = ["instructor", "admin"] as const satisfies readonly Role[];
const committee = ["committee_member", "admin"] as const satisfies readonly Role[];

export const sessionTransitions: { readonly [A in SessionAction]: SessionRule } = {
  open_pre_review: { from: "planned", to: "pre_review", roles: preparers },
  start_session: { from: "pre_review", to: "in_session", roles: preparers },
  close_session: { from: "in_session", to: "closed", roles: committee },
};

export type SessionTransitionResult =
  | { readonly ok: true; readonly to: SessionState }
  | { readonly ok: false; readonly reason: "not_allowed_from_state" | "role_not_allowed" };

/** The status `action` leads to from `from` for `role`, or why not (the state is checked first). */
export function sessionTransition(
  from: SessionState,
  action: SessionAction,
  role: Role,
): SessionTransitionResult {
  const rule = Object.hasOwn(sessionTransitions, action) ? sessionTransitions[action] : undefined;
  if (!rule || rule.from !== from) return { ok: false, reason: "not_allowed_from_state" };
  if (!rule.roles.includes(role)) return { ok: false, reason: "role_not_allowed" };
  return { ok: true, to: rule.to };
}

/** The actions `role` may take on a session in `state`, in table order. */
export function allowedSessionActions(state: SessionState, role: Role): SessionAction[] {
  return sessionActions.filter((action) => sessionTransition(state, action, role).ok);
}

/** True for a known session status (a value read from the database or a URL). */
export function isSessionState(value: unknown): value is SessionState {
  return typeof value === "string" && (sessionStates as readonly string[]).includes(value);
}

/** The agenda may change (items added, removed, ordered) until the meeting starts. */
export function agendaEditable(state: SessionState): boolean {
  return state === "planned" || state === "pre_review";
}

/** Members may be added or removed until the meeting starts. */
export function membersEditable(state: SessionState): boolean {
  return state === "planned" || state === "pre_review";
}

/** The date, time, place and quorum may change until the meeting starts. */
export function sessionDetailsEditable(state: SessionState): boolean {
  return state === "planned" || state === "pre_review";
}

/** Members score the items alone during the pre-review only. */
export function scoringOpen(state: SessionState): boolean {
  return state === "pre_review";
}

/** A conflict of interest may be declared until the session closes. */
export function conflictsOpen(state: SessionState): boolean {
  return state !== "closed";
}

/** Presence is recorded and decisions are taken during the meeting only. */
export function meetingOpen(state: SessionState): boolean {
  return state === "in_session";
}
