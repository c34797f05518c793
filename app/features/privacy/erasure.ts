/**
 * What deleting an account does to each piece of data that names the person (ADR 0012). The
 * records the programme must keep (applications, their amounts and decisions, messages, the
 * timeline, the audit trail, staff notes and scores) keep the account's id, which from then on
 * points to a pseudonymous "Compte supprimé" row; everything else that is only the person's is
 * erased. One table, read by the deletion command and by a test that fails when a new column
 * naming a user is not classified here. Pure: no I/O.
 */
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  account,
  applicationAttachments,
  applicationEvents,
  applicationMessages,
  applicationNotes,
  applicationReadMarkers,
  applicationScores,
  applications,
  auditEvents,
  committeeConflicts,
  committeeDecisions,
  committeeItems,
  committeeMembers,
  committeeScores,
  committeeSessions,
  correctionRequests,
  diagnostics,
  exports,
  feedbackAnswers,
  feedbackRequests,
  informationRequests,
  notificationDigestItems,
  notificationPreferences,
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
  organizations,
  questionBankVersions,
  session,
  staffScopes,
  supportCapacities,
  supportMilestones,
  supportPayments,
  supports,
  userPreferences,
  verification,
} from "../../../db/schema";

/** The name every deleted account shows from then on (in every language: it is a record). */
export const DELETED_ACCOUNT_NAME = "Compte supprimé";

/** The address a deleted account keeps: unique, unguessable, never deliverable (RFC 2606). */
export function deletedAccountEmail(token: string): string {
  if (!/^[0-9a-f-]{16,}$/i.test(token)) throw new Error("the token must be random hex");
  return `supprime-${token.toLowerCase()}@compte-supprime.invalid`;
}

/**
 * - `erase`: the rows are deleted (the person's own data: sign-in, preferences, memberships).
 * - `erase_with_files`: the same, and the files they point to are removed from the store.
 * - `erase_unattached`: deleted when attached to no organisation (only the person's), kept
 *   otherwise (the organisation's record).
 * - `detach`: the reference is set to null (work in progress that someone else takes over).
 * - `keep`: the id stays and now names "Compte supprimé" (a record that must be kept).
 */
export type DataFate = "erase" | "erase_with_files" | "erase_unattached" | "detach" | "keep";

/**
 * How a column names the person: by account id, by e-mail address, or (better-auth's pending
 * tokens) a value that is the account id (password reset) or a JSON record holding the address
 * (magic link).
 */
export type Match = "id" | "email" | "token_value";

export type UserReference = {
  table: PgTable;
  column: PgColumn;
  match: Match;
  fate: DataFate;
  /** Why, in a few words (for the decision record and the reviewer). */
  why: string;
};

const ref = (
  table: PgTable,
  column: PgColumn,
  fate: DataFate,
  why: string,
  match: Match = "id",
): UserReference => ({ table, column, match, fate, why });

/** Every column outside the user row that names a user, and what deletion does to it. */
export const userReferences: readonly UserReference[] = [
  ref(session, session.userId, "erase", "sign-in sessions (address, browser)"),
  ref(account, account.userId, "erase", "credentials (password hash)"),
  ref(verification, verification.value, "erase", "pending reset and sign-in links", "token_value"),
  ref(organizationMembers, organizationMembers.userId, "erase", "memberships"),
  ref(organizationJoinRequests, organizationJoinRequests.userId, "erase", "join requests"),
  ref(organizationJoinRequests, organizationJoinRequests.decidedBy, "keep", "who decided"),
  ref(organizationInvitations, organizationInvitations.email, "erase", "invitations", "email"),
  ref(organizationInvitations, organizationInvitations.invitedBy, "keep", "who invited"),
  ref(organizationInvitations, organizationInvitations.acceptedBy, "keep", "who accepted"),
  ref(organizations, organizations.createdBy, "keep", "the organisation's record"),
  ref(userPreferences, userPreferences.userId, "erase", "settings"),
  ref(notificationPreferences, notificationPreferences.userId, "erase", "notification choices"),
  ref(notificationDigestItems, notificationDigestItems.userId, "erase", "notifications waiting"),
  ref(applicationReadMarkers, applicationReadMarkers.userId, "erase", "what they read"),
  ref(exports, exports.userId, "erase_with_files", "their exports and files"),
  ref(staffScopes, staffScopes.userId, "erase", "a staff member's scope"),
  ref(diagnostics, diagnostics.createdBy, "erase_unattached", "own diagnostics"),
  ref(questionBankVersions, questionBankVersions.publishedBy, "keep", "who published"),
  ref(applications, applications.createdBy, "keep", "the application record"),
  ref(applications, applications.submittedBy, "keep", "who submitted"),
  ref(applications, applications.assignedTo, "detach", "the review goes to someone else"),
  ref(applicationAttachments, applicationAttachments.uploadedBy, "keep", "who sent a document"),
  ref(applicationEvents, applicationEvents.actorId, "keep", "the timeline"),
  ref(applicationMessages, applicationMessages.authorId, "keep", "the exchange with the team"),
  ref(applicationNotes, applicationNotes.authorId, "keep", "the review's notes"),
  ref(applicationScores, applicationScores.reviewerId, "keep", "the review's scores"),
  ref(informationRequests, informationRequests.requestedBy, "keep", "the review"),
  ref(correctionRequests, correctionRequests.requestedBy, "keep", "the review"),
  ref(correctionRequests, correctionRequests.resubmittedBy, "keep", "the application record"),
  ref(auditEvents, auditEvents.actorId, "keep", "the audit trail (append-only)"),
  // Screening committees (issue 14): the record of who sat, declared, scored and decided.
  ref(committeeSessions, committeeSessions.createdBy, "keep", "who prepared the session"),
  ref(committeeSessions, committeeSessions.closedBy, "keep", "who closed the session"),
  ref(committeeMembers, committeeMembers.userId, "keep", "the session's members (minutes)"),
  ref(committeeItems, committeeItems.addedBy, "keep", "who put the item on the agenda"),
  ref(committeeConflicts, committeeConflicts.userId, "keep", "conflicts of interest declared"),
  ref(committeeScores, committeeScores.memberId, "keep", "the members' pre-review scores"),
  ref(committeeDecisions, committeeDecisions.decidedBy, "keep", "who recorded the decision"),
  // Supports (issue 15): who delivered and recorded them stays; the person's survey links go,
  // their answer stays without their name; a consultant's capacity goes with them.
  ref(supports, supports.consultantId, "keep", "the consultant in charge of a support"),
  ref(supportMilestones, supportMilestones.createdBy, "keep", "who recorded a milestone"),
  ref(supportPayments, supportPayments.createdBy, "keep", "who recorded an invoice or payment"),
  ref(feedbackRequests, feedbackRequests.userId, "erase", "the person's survey links"),
  ref(feedbackAnswers, feedbackAnswers.userId, "detach", "a survey answer, kept anonymous"),
  ref(supportCapacities, supportCapacities.consultantId, "erase", "a consultant's capacity"),
];

/** The references with one fate. */
export function referencesWithFate(fate: DataFate): UserReference[] {
  return userReferences.filter((reference) => reference.fate === fate);
}

/** Who deletes the account: the person, or an administrator. */
export type DeletedBy = "self" | "admin";

/** One organisation the person belongs to, as the deletion sees it. */
export type MembershipAtDeletion = {
  organizationId: string;
  role: "owner" | "member";
  /** Owners other than the person. */
  otherOwners: number;
  /** The other members (owners excluded), with when they joined. */
  otherMembers: readonly { userId: string; joinedAt: Date }[];
};

/**
 * What happens to an organisation when one of its members' account is deleted:
 * - `leave`: the person was a member, or another owner remains: the membership goes;
 * - `kept_without_owner`: the person was its only member: the organisation and its records are
 *   kept without owner (staff still see them; an administrator can attach a new member);
 * - `must_hand_over`: the person is its last owner and others remain: they must first make
 *   one of them owner (the members page), as when leaving it; the deletion is refused;
 * - `hand_over`: an administrator deletes a last owner: the member who joined first becomes
 *   owner (audited), so that the organisation is never left without a manager by a third party.
 */
export type MembershipOutcome =
  | { kind: "leave" }
  | { kind: "kept_without_owner" }
  | { kind: "must_hand_over" }
  | { kind: "hand_over"; successorId: string };

export function membershipOutcome(
  membership: MembershipAtDeletion,
  by: DeletedBy,
): MembershipOutcome {
  if (membership.role !== "owner" || membership.otherOwners > 0) return { kind: "leave" };
  const [first] = [...membership.otherMembers].sort(
    (a, b) =>
      a.joinedAt.getTime() - b.joinedAt.getTime() ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
  if (!first) return { kind: "kept_without_owner" };
  return by === "admin"
    ? { kind: "hand_over", successorId: first.userId }
    : { kind: "must_hand_over" };
}
