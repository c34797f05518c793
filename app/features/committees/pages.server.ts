// What the committees' pages show (their loaders), read within the actor's scope: the session
// page (status, members, quorum, agenda, candidates, envelopes) and the item page (the item, the
// agenda beside it, the pre-review, the decision). Visibility rules are the pure ones
// (permissions.ts, rules.ts, session-state.ts).

import { eq } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { programs } from "../../../db/schema";
import { memberPlace, memberPlaces } from "./member-place.server";
import {
  type CommitteeActor,
  canClose,
  canDecide,
  canPrepare,
  canRecordPresence,
  canTakePart,
  type Seat,
} from "./permissions";
import { loadPortfolio } from "./portfolio.server";
import {
  agendaLevelsOf,
  committeeGrid,
  conflictCounts,
  countCandidates,
  currentDecision,
  envelopeBalancesOf,
  type findItem,
  itemScores,
  levelBounds,
  listAddableMembers,
  listAgenda,
  listCandidates,
  listMembers,
  programEnvelopes,
  quorumMembers,
  type SessionRow,
  stateOf,
  summarizeScores,
} from "./queries.server";
import { othersScoresVisible, quorumOf } from "./rules";
import {
  agendaEditable,
  allowedSessionActions,
  conflictsOpen,
  meetingOpen,
  membersEditable,
  scoringOpen,
} from "./session-state";
import type { ItemPageData } from "./ui/item-page";
import type { SessionPageData } from "./ui/session-page";
import type { SessionHeader } from "./ui/shared";

async function header(
  db: Executor,
  session: SessionRow,
  actor: CommitteeActor,
): Promise<SessionHeader> {
  const [[programme], viewerPlace] = await Promise.all([
    db.select({ name: programs.name }).from(programs).where(eq(programs.id, session.programId)),
    memberPlace(db, actor.id),
  ]);
  return {
    id: session.id,
    startsAt: session.startsAt.toISOString(),
    place: session.place,
    videoUrl: session.videoUrl,
    status: stateOf(session),
    programName: programme?.name ?? "",
    viewerPlace,
  };
}

/**
 * The oldest candidates the session page lists: an agenda is prepared oldest first, and each one
 * inscribed makes room for the next (a list of hundreds would weigh the page down).
 */
export const CANDIDATES_SHOWN = 50;

export async function loadSessionPage(
  db: Executor,
  options: { actor: CommitteeActor; session: SessionRow; seat: Seat },
): Promise<SessionPageData> {
  const { actor, session, seat } = options;
  const state = stateOf(session);
  const preparer = canPrepare(actor);
  const [head, members, agenda, envelopes] = await Promise.all([
    header(db, session, actor),
    listMembers(db, session.id),
    listAgenda(db, { actor, sessionId: session.id }),
    envelopeBalancesOf(db, session.programId),
  ]);
  const editableMembers = preparer && membersEditable(state);
  const editableAgenda = preparer && agendaEditable(state);
  const [addable, candidates, candidateCount, conflicts, portfolio, places] = await Promise.all([
    editableMembers ? listAddableMembers(db, session.id) : Promise.resolve([]),
    editableAgenda ? listCandidates(db, session.programId, CANDIDATES_SHOWN) : Promise.resolve([]),
    editableAgenda ? countCandidates(db, session.programId) : Promise.resolve(0),
    // Who declared a conflict on what is for the preparers (and the minutes), counted only.
    preparer ? conflictCounts(db, session.id) : Promise.resolve(new Map<string, number>()),
    loadPortfolio(db, { programId: session.programId, agenda: agenda.items }),
    memberPlaces(
      db,
      members.map((member) => member.userId),
    ),
  ]);
  const actions = allowedSessionActions(state, actor.role).filter(
    (action) => action !== "close_session" || canClose(actor, seat),
  );
  return {
    session: {
      ...head,
      minFunderPresent: session.minFunderPresent,
      minOperatorPresent: session.minOperatorPresent,
    },
    viewer: {
      canPrepare: preparer,
      canTakePart: canTakePart(actor, seat),
      canRecordPresence: canRecordPresence(actor, seat),
      canClose: canClose(actor, seat),
      side: seat?.side ?? null,
    },
    actions,
    editable: { agenda: agendaEditable(state), members: membersEditable(state) },
    meeting: meetingOpen(state),
    members: members.map(({ email: _email, ...member }) => ({
      ...member,
      place: places.get(member.userId) ?? null,
    })),
    addable,
    agenda,
    conflicts: Object.fromEntries(conflicts),
    candidates,
    candidateCount,
    quorum: quorumOf(members, session),
    envelopes,
    portfolio,
  };
}

export async function loadItemPage(
  db: Executor,
  options: {
    actor: CommitteeActor;
    session: SessionRow;
    seat: Seat;
    item: NonNullable<Awaited<ReturnType<typeof findItem>>>;
  },
): Promise<ItemPageData> {
  const { actor, session, seat, item } = options;
  const state = stateOf(session);
  const itemId = item.item.id;
  const [head, agenda, grid, scoreRows, decision, members, bounds, envelopes, funders] =
    await Promise.all([
      header(db, session, actor),
      listAgenda(db, { actor, sessionId: session.id }),
      committeeGrid(db, session.programId),
      itemScores(db, itemId),
      currentDecision(db, itemId),
      quorumMembers(db, session.id, itemId),
      levelBounds(db, session.programId),
      envelopeBalancesOf(db, session.programId),
      programEnvelopes(db, session.programId),
    ]);
  const member = canTakePart(actor, seat);
  const mine = new Map(
    scoreRows.filter((row) => row.memberId === actor.id).map((row) => [row.criterionId, row]),
  );
  const submitted = mine.size > 0;
  const visible = othersScoresVisible(
    member
      ? { kind: "member", submittedOwn: submitted, conflicted: false }
      : canPrepare(actor)
        ? { kind: "preparer" }
        : { kind: "member", submittedOwn: false, conflicted: true },
    state,
  );
  const summary = summarizeScores(grid, scoreRows);
  const levels = agendaLevelsOf(item.item.requestedLevels);
  const line = agenda.items.find((candidate) => candidate.id === itemId);
  return {
    session: head,
    agenda: [
      ...agenda.items.map((entry) => ({
        id: entry.id,
        position: entry.position,
        label: `${entry.number} – ${entry.organizationName}`,
        outcome: entry.decision?.outcome ?? null,
      })),
      ...agenda.hidden.map((entry) => ({ ...entry, label: null, outcome: null })),
    ].sort((a, b) => a.position - b.position),
    item: {
      id: itemId,
      position: item.item.position,
      number: item.number ?? "",
      organizationName: item.organizationName,
      summary: item.summary,
      status: item.applicationStatus,
      levels,
      review: line?.review ?? { average: null, count: 0 },
    },
    grid: grid.map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      description: criterion.description,
      weight: criterion.weight,
      myScore: mine.get(criterion.id)?.score ?? null,
      myComment: mine.get(criterion.id)?.comment ?? "",
    })),
    scoring: {
      open: scoringOpen(state),
      canScore: member,
      submitted,
      submittedCount: new Set(scoreRows.map((row) => row.memberId)).size,
    },
    others: visible
      ? {
          members: summary.members.map(({ scores: _scores, ...entry }) => entry),
          team: summary.team,
        }
      : null,
    canDeclareConflict: member && conflictsOpen(state),
    decision,
    decide: {
      open: meetingOpen(state) && item.applicationStatus === "scheduled",
      allowed: canDecide(actor, seat, false),
      quorum: quorumOf(members, session),
    },
    amend: { open: state === "closed" && canClose(actor, seat) && decision !== null },
    formLevels: levels.flatMap((level) => {
      const bound = bounds.get(level.kind);
      return bound
        ? [
            {
              kind: level.kind,
              label: level.label,
              minRatePercent: bound.minRatePercent,
              maxRatePercent: bound.maxRatePercent,
              requestedCostCents: level.totalCostCents,
              requestedRatePercent: level.ratePercent,
            },
          ]
        : [];
    }),
    funders: funders.map((f) => ({ id: f.funderId, name: f.funderName })),
    envelopes,
  };
}
