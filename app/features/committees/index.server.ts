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
export { decisionEmail } from "./emails/decision";
export { loadEditSessionPage } from "./edit-session-page.server";
export { editSession } from "./edit-session.server";
export {
  requireCommitteeItem,
  requireCommitteePreparer,
  requireCommitteeSession,
  requireCommitteeUser,
  requireSessionPreparer,
} from "./guards.server";
export { closingDocumentsJob } from "./jobs/closing-documents";
export { loadItemPage, loadSessionPage } from "./pages.server";
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
export { prepareSessionsJob } from "./jobs/prepare-sessions";
export { type PreparedSession, prepareSessions } from "./prepare-sessions.server";
export { recordPresence } from "./record-presence.server";
export { scoreItem } from "./score-item.server";
