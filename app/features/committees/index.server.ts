// Public API of the committees feature, server part (guards, page loaders, commands).
export { amendDecision } from "./amend-decision.server";
export { addItem, moveItem, removeItem } from "./change-agenda.server";
export { addMember, removeMember } from "./change-members.server";
export { changeSessionStatus } from "./change-session-status.server";
export { type ClosedSession, closeSession } from "./close-session.server";
export {
  decisionLetterOf,
  hasDecisionLetter,
  letterStorageKey,
  minutesForReader,
  minutesStorageKey,
} from "./closing-documents.server";
export { createSession } from "./create-session.server";
export { decideItem } from "./decide-item.server";
export { declareConflict } from "./declare-conflict.server";
export { editSession } from "./edit-session.server";
export { loadEditSessionPage } from "./edit-session-page.server";
export { decisionEmail } from "./emails/decision";
export {
  requireCommitteeItem,
  requireCommitteePreparer,
  requireCommitteeSession,
  requireCommitteeUser,
  requireSessionPreparer,
} from "./guards.server";
export { closingDocumentsJob } from "./jobs/closing-documents";
export { invitationsJob } from "./jobs/invitations";
export { prepareSessionsJob } from "./jobs/prepare-sessions";
export { memberPlace, memberPlaces, saveMemberPlace } from "./member-place.server";
export { loadItemPage, loadSessionPage } from "./pages.server";
export { type PreparedSession, prepareSessions } from "./prepare-sessions.server";
export {
  committeeGrid,
  currentDecision,
  envelopeBalancesOf,
  findSession,
  itemScope,
  levelBounds,
  listAgenda,
  listProgrammes,
  listSessions,
  programEnvelopes,
  sessionScope,
} from "./queries.server";
export { recordPresence } from "./record-presence.server";
export { scoreItem } from "./score-item.server";
