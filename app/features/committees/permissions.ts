// Who may do what in a committee session (pure): preparing is a role permission
// (`prepare:committees`: instructors, administrators); taking part is being a member of this
// session. The SQL side of "who sees which session" is `sessionScope` (queries.server.ts).
import { can, type Role } from "~/features/auth";
import type { MemberSide } from "./rules";

export type CommitteeActor = { readonly id: string; readonly role: Role };

/** The actor's seat in the session, or null when they are not one of its members. */
export type Seat = { readonly side: MemberSide; readonly present: boolean } | null;

/** Creates sessions, chooses their members, prepares the agenda, opens and starts them. */
export function canPrepare(actor: CommitteeActor): boolean {
  return can(actor.role, "prepare:committees");
}

/** Sees the session at all: its preparers and its own members (anyone else: 404). */
export function canSeeSession(actor: CommitteeActor, seat: Seat): boolean {
  return canPrepare(actor) || (actor.role === "committee_member" && seat !== null);
}

/** Scores items and declares conflicts of interest: the session's committee members. */
export function canTakePart(actor: CommitteeActor, seat: Seat): boolean {
  return actor.role === "committee_member" && seat !== null;
}

/** Records who is present: whoever runs the meeting (its preparers or one of its members). */
export function canRecordPresence(actor: CommitteeActor, seat: Seat): boolean {
  return canPrepare(actor) || canTakePart(actor, seat);
}

/**
 * Records a decision on an item: a member present who has no conflict on it, or an
 * administrator (the application state machine gives committee outcomes to both).
 */
export function canDecide(actor: CommitteeActor, seat: Seat, conflicted: boolean): boolean {
  if (actor.role === "admin") return true;
  return canTakePart(actor, seat) && seat?.present === true && !conflicted;
}

/** Closes the meeting (decisions become final) and amends a closed decision. */
export function canClose(actor: CommitteeActor, seat: Seat): boolean {
  return actor.role === "admin" || canTakePart(actor, seat);
}
