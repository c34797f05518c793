// The data of the supports' staff pages: the list with the antennas' load and the envelopes,
// and one support with its milestones, money, consultants and the actions the user may take.
import { can } from "~/features/auth";
import type { SessionUser } from "~/features/auth/index.server";
import type { Executor } from "~/platform/db/types";
import { remainingCostCents } from "./co-funding";
import { feedbackSummaries } from "./feedback-summary.server";
import {
  antennaLoads,
  type applicationSupports,
  capacityChoices,
  consultantsOf,
  envelopeUse,
  listFunding,
  listMilestones,
  listSupports,
  milestonesForRules,
  type SupportListFilter,
  type SupportRow,
  staffAntennaIds,
} from "./queries.server";
import {
  abandonReasons,
  allowedSupportActions,
  isSupportState,
  progressOf,
  recordableMilestones,
} from "./support-state";

/** The list's filter, from the URL (unknown values are ignored). */
export function listFilterOf(url: URL): SupportListFilter {
  const status = url.searchParams.get("statut");
  const antenna = url.searchParams.get("antenne");
  return {
    status: isSupportState(status) ? status : null,
    antennaId: antenna && /^[0-9a-f-]{36}$/i.test(antenna) ? antenna.toLowerCase() : null,
  };
}

export async function loadSupportsPage(db: Executor, user: SessionUser, filter: SupportListFilter) {
  const [supportsList, loads, feedback] = await Promise.all([
    listSupports(db, user, filter),
    antennaLoads(db, user),
    // The structures' answers in the same scope: an antenna manager's antennas, or all.
    staffAntennaIds(db, user).then((antennaIds) =>
      feedbackSummaries(db, antennaIds === null ? {} : { antennaIds }),
    ),
  ]);
  const programIds = [...new Set(supportsList.map((support) => support.programId))];
  const envelopes = can(user.role, "record:support-payments")
    ? (await Promise.all(programIds.map((id) => envelopeUse(db, id)))).flat()
    : [];
  const capacity = can(user.role, "manage:programs") ? await capacityChoices(db) : null;
  return { filter, supports: supportsList, loads, envelopes, feedback, capacity };
}

export async function loadSupportPage(db: Executor, user: SessionUser, support: SupportRow) {
  const [milestones, funding, consultants] = await Promise.all([
    listMilestones(db, support.id),
    listFunding(db, support.id),
    consultantsOf(db, support.antennaId),
  ]);
  const rules = milestonesForRules(milestones);
  const mayDeliver = can(user.role, "deliver:supports");
  return {
    support: {
      ...support,
      decidedAt: support.decidedAt.toISOString(),
      startedAt: support.startedAt?.toISOString() ?? null,
      deliveredAt: support.deliveredAt?.toISOString() ?? null,
      closedAt: support.closedAt?.toISOString() ?? null,
      abandonedAt: support.abandonedAt?.toISOString() ?? null,
      remainingCents: remainingCostCents(support.costCents, support.shareCents),
    },
    progress: progressOf(support.status, rules),
    milestones,
    funding,
    consultants,
    actions: allowedSupportActions(support.status, user.role),
    recordable: mayDeliver ? recordableMilestones(support.status) : [],
    mayPlan: mayDeliver,
    mayRecordPayments: can(user.role, "record:support-payments"),
    abandonReasons: [...abandonReasons],
  };
}

export type SupportPageData = Awaited<ReturnType<typeof loadSupportPage>>;
export type SupportsPageData = Awaited<ReturnType<typeof loadSupportsPage>>;

/** A support as its structure sees it (applicationSupports). */
export type ApplicationSupport = Awaited<ReturnType<typeof applicationSupports>>[number];
