/**
 * Screening committees (issue 14): the monthly sessions of the calendar (committee-calendar.ts),
 * a long month split into parallel sessions (outcomes.ts), with their members and presence, then one agenda item per passage of an application
 * (outcomes.ts) with the frozen levels it requested, and for a closed session its decision:
 * revision 0, made final at the closing, its outcome that of the application's history; an
 * acceptance grants levels (rate within the level's bounds, amount = cost × rate half up by the
 * committees' own `grantedAmountCents`, a funder of the programme's envelopes), a refusal gives a
 * reason of the committees' list and a message, a postponement what is missing. Items are added
 * by the preparation job (no author), decisions recorded by the session's chair.
 */

import type { RefusalReason } from "~/features/committees";
import {
  committeeDecisionLevels,
  committeeDecisions,
  committeeItems,
  committeeMembers,
  committeeSessions,
} from "../../../db/schema";
import type { VolumeContext, VolumeGenerator } from "../generator";
import { rowRng, stableUuid } from "../prng";
import { volumeOutcomes } from "./outcomes";

const MINUTE = 60_000;

const PLACE = "Simplon.co, 55 rue de Vincennes, 93100 Montreuil";
const VIDEO_URL = "https://visio.digitess.example/comite";

const refusals: readonly (readonly [RefusalReason, number, string])[] = [
  ["priorities", 25, "Votre projet ne relève pas des axes prioritaires du programme cette année."],
  [
    "need_unclear",
    25,
    "Le besoin numérique reste à préciser : le diagnostic en ligne vous aidera à le formuler avant de candidater à nouveau.",
  ],
  [
    "capacity",
    15,
    "La structure ne nous semble pas en mesure de porter le projet dans les délais ; vous pourrez candidater de nouveau l'an prochain.",
  ],
  ["budget", 15, "Le budget présenté ne permet pas de couvrir le reste à charge du projet."],
  [
    "other_scheme",
    10,
    "Votre projet relève d'un autre dispositif, mieux adapté : votre antenne vous orientera.",
  ],
  [
    "other",
    10,
    "Le comité n'a pas retenu votre candidature ; votre antenne reste disponible pour en parler.",
  ],
];

const missingItems = [
  "Un second devis pour le niveau production.",
  "Le budget prévisionnel de l'année en cours et les derniers comptes approuvés.",
  "La délibération du conseil d'administration approuvant le projet.",
  "Le détail du reste à charge et de son financement.",
] as const;

/** The id of the decision (revision 0) of passage `key` (outcomes.ts). */
export function decisionId(seed: number, key: number): string {
  return stableUuid(seed, "committee-decisions", key);
}

function buildSession(context: VolumeContext, index: number) {
  const session = volumeOutcomes(context).sessions[index];
  if (!session) throw new Error(`volume committee session ${index} is out of the calendar`);
  const changedAt =
    session.closedAt ?? (session.status === "planned" ? session.preparedAt : session.startsAt);
  const row = {
    id: session.id,
    programId: context.programId,
    startsAt: session.startsAt,
    place: PLACE,
    videoUrl: VIDEO_URL,
    status: session.status,
    minFunderPresent: 1,
    minOperatorPresent: 1,
    // Prepared from the cadence by the daily job: no author.
    createdBy: null,
    createdAt: session.preparedAt,
    updatedAt: changedAt,
    statusChangedAt: changedAt,
    closedAt: session.closedAt,
    closedBy: session.closedAt ? session.chairId : null,
  };
  const held = session.status !== "planned";
  return {
    row,
    dependents: [
      {
        table: committeeMembers,
        rows: session.seats.map((seat) => ({
          sessionId: session.id,
          userId: seat.userId,
          side: seat.side,
          present: seat.present,
          presenceRecordedAt: held ? new Date(session.startsAt.getTime() + 5 * MINUTE) : null,
          addedAt: session.preparedAt,
        })),
      },
    ],
  };
}

function buildItem(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  const passage = volumeOutcomes(context).passages[index];
  if (!passage) throw new Error(`volume committee item ${index} does not exist`);
  const { session } = passage;
  const rng = rowRng(seed, "committee-items", passage.key);
  const id = stableUuid(seed, "committee-items", passage.key);
  // The agenda was prepared on its day; an application scheduled later joined it then.
  const addedAt = new Date(
    Math.min(
      Math.max(passage.scheduledAt.getTime(), session.preparedAt.getTime()),
      session.startsAt.getTime() - 60 * MINUTE,
    ),
  );
  const row = {
    id,
    sessionId: session.id,
    applicationId: passage.applicationId,
    position: passage.position,
    requestedLevels: passage.levels.map((level) => ({
      kind: level.kind,
      label: context.levels.find((l) => l.kind === level.kind)?.label ?? level.kind,
      totalCostCents: level.totalCostCents,
      ratePercent: level.requestedRatePercent,
      programmeShareCents: level.programmeShareCents,
    })),
    addedBy: null,
    addedAt,
  };
  const decisions: Record<string, unknown>[] = [];
  const levels: Record<string, unknown>[] = [];
  if (passage.outcome && session.closedAt) {
    const decision = decisionId(seed, passage.key);
    const refusal =
      passage.outcome === "refused" ? rng.weighted(refusals.map((r) => [r, r[1]])) : null;
    decisions.push({
      id: decision,
      itemId: id,
      revision: 0,
      outcome: passage.outcome,
      refusalReason: refusal?.[0] ?? null,
      applicantMessage: refusal?.[2] ?? null,
      missing: passage.outcome === "postponed" ? rng.pick(missingItems) : null,
      overEnvelopeConfirmed: passage.overEnvelope,
      amendmentReason: null,
      decidedBy: session.chairId,
      decidedAt: new Date(session.startsAt.getTime() + rng.int(5, 140) * MINUTE),
      finalAt: session.closedAt,
    });
    for (const grant of passage.grants) levels.push({ decisionId: decision, ...grant });
  }
  return {
    row,
    dependents: [
      { table: committeeDecisions, rows: decisions },
      { table: committeeDecisionLevels, rows: levels },
    ],
  };
}

export const committeeSessionsGenerator: VolumeGenerator = {
  name: "committee sessions",
  table: committeeSessions,
  key: committeeSessions.id,
  count: (context) => volumeOutcomes(context).sessions.length,
  build: buildSession,
};

export const committeeItemsGenerator: VolumeGenerator = {
  name: "committee items",
  table: committeeItems,
  key: committeeItems.id,
  count: (context) => volumeOutcomes(context).passages.length,
  build: buildItem,
};
