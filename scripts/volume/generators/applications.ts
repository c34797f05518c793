/**
 * Applications in every state of the state machine, spread over the organisations that have
 * members (a few organisations apply often), with their timeline (application_events), the
 * messages of information requests, attachments' metadata (no files), and the requested amounts
 * per level in integer cents within the programme's rate bounds. The review (issue 13): routed at
 * submission to the antenna covering the organisation's département, the time of the last state
 * change, an instructor assigned to most reviewed ones, scores and a committee summary for those
 * past review, information requests (open or answered), correction requests, a few notes.
 */

import { sql } from "drizzle-orm";
import { type ApplicationState, formatApplicationNumber } from "~/features/applications";
import { splitCost } from "~/features/funding";
import {
  applicationAttachments,
  applicationEvents,
  applicationLevels,
  applicationMessages,
  applicationNotes,
  applicationScores,
  applications,
  correctionRequests,
  informationRequests,
} from "../../../db/schema";
import type { VolumeContext, VolumeGenerator } from "../generator";
import { type Rng, rowRng, stableUuid } from "../prng";
import { type PathStep, pathTo, stateWeights } from "./application-path";
import { departementOf, memberIds, organizationId } from "./organizations";
import { instructorId, VOLUME_INSTRUCTORS } from "./staff";

const DAY = 86_400_000;

/** Applications are created up to this many days before the volume's "now". */
export const OLDEST_APPLICATION_DAYS = 3 * 365;

/** Cost ranges per level kind, in cents. */
const costRanges: Readonly<Record<string, readonly [number, number]>> = {
  diagnostic: [150_000, 400_000],
  scoping: [300_000, 1_500_000],
  production: [500_000, 6_000_000],
};

const levelChance: Readonly<Record<string, number>> = {
  diagnostic: 1,
  scoping: 0.65,
  production: 0.35,
};

const attachmentKinds = [
  ["statutes", "statuts.pdf", "application/pdf"],
  ["accounts", "comptes-2025.pdf", "application/pdf"],
  ["quote", "devis-prestataire.pdf", "application/pdf"],
] as const;

/** The organisation of application i: one with members, often one of the frequent applicants. */
function organizationOf(context: VolumeContext, index: number): number {
  const { seed, organizations } = context.plan;
  const rng = rowRng(seed, "application-organization", index);
  for (let attempt = 0; attempt < 20; attempt++) {
    const frequent = rng.chance(0.3);
    const candidate = frequent
      ? rng.int(0, Math.max(0, Math.ceil(organizations * 0.05) - 1))
      : rng.int(0, organizations - 1);
    if (memberIds(seed, candidate).length > 0) return candidate;
  }
  return 0;
}

/** The antenna covering `departement` (null when none does), as submission routes it. */
export function antennaFor(context: VolumeContext, departement: string): string | null {
  return context.antennas.find((a) => a.departements.includes(departement))?.id ?? null;
}

const missingItems = [
  ["Budget prévisionnel détaillé", "Second devis"],
  ["Derniers comptes approuvés"],
  ["Liste des membres du bureau", "Rapport d'activité"],
] as const;

const noteBodies = [
  "Appel avec la présidente : le projet est porté par deux bénévoles formés.",
  "Structure déjà accompagnée par un autre dispositif en 2024, à vérifier.",
  "Devis cohérent avec les prix du marché.",
] as const;

/** One step of an application's history, dated. */
export type DatedStep = PathStep & { occurredAt: Date };

/** A level the application requests, in integer cents (its application_levels row). */
export type RequestedLevel = {
  kind: string;
  totalCostCents: number;
  requestedRatePercent: number;
  programmeShareCents: number;
  remainingCents: number;
};

/**
 * What the later tables (committees, supports) read of application i, without building its
 * rows: its organisation, state, dated history and requested levels. These are the first draws
 * of its row, in the same order, so buildApplication below builds on them.
 */
export type ApplicationOutline = {
  id: string;
  organizationIndex: number;
  state: ApplicationState;
  createdAt: Date;
  steps: DatedStep[];
  submittedAt: Date | null;
  levels: RequestedLevel[];
};

function outlineOf(context: VolumeContext, index: number): ApplicationOutline & { rng: Rng } {
  const { seed } = context.plan;
  const rng = rowRng(seed, "applications", index);
  const organizationIndex = organizationOf(context, index);
  const state = rng.weighted(stateWeights);
  const path = pathTo(state, rng);
  const createdAt = new Date(context.now.getTime() - rng.int(20, OLDEST_APPLICATION_DAYS) * DAY);
  let at = createdAt.getTime();
  const steps = path.map((step) => {
    at = Math.min(context.now.getTime(), at + rng.int(1, 20) * DAY);
    return { ...step, occurredAt: new Date(at) };
  });
  const submittedAt = steps.find((step) => step.action === "submit")?.occurredAt ?? null;
  const levels = context.levels
    .filter((level) => rng.chance(levelChance[level.kind] ?? 0.5))
    .map((level) => {
      const [low, high] = costRanges[level.kind] ?? [100_000, 1_000_000];
      // Whole euros: quotes are rarely in cents.
      const totalCostCents = rng.int(low / 100, high / 100) * 100;
      const split = splitCost(
        totalCostCents,
        rng.int(level.minRatePercent, level.maxRatePercent),
        level.costCeilingCents,
      );
      return {
        kind: level.kind,
        totalCostCents,
        requestedRatePercent: split.ratePercent,
        programmeShareCents: split.programmeShareCents,
        remainingCents: split.remainingCents,
      };
    });
  return {
    rng,
    id: stableUuid(seed, "applications", index),
    organizationIndex,
    state,
    createdAt,
    steps,
    submittedAt,
    levels,
  };
}

/** Application i's organisation, state, dated history and requested levels (see above). */
export function applicationOutline(context: VolumeContext, index: number): ApplicationOutline {
  return outlineOf(context, index);
}

function buildApplication(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  const outline = outlineOf(context, index);
  const { rng, id, organizationIndex, state, createdAt, submittedAt } = outline;
  const applicant = memberIds(seed, organizationIndex)[0] ?? null;
  const events: Record<string, unknown>[] = [
    {
      applicationId: id,
      actorId: applicant,
      action: "create",
      fromStatus: null,
      toStatus: "draft",
      occurredAt: createdAt,
    },
  ];
  const messages: Record<string, unknown>[] = [];
  // The review's draws have their own stream, so the rows above stay those of earlier runs.
  const review = rowRng(seed, "application-review", index);
  const reviewed = outline.steps.some((step) => step.action === "start_review");
  const assignedTo =
    reviewed && review.chance(0.85)
      ? instructorId(seed, review.int(0, VOLUME_INSTRUCTORS - 1))
      : null;
  const reviewer = assignedTo ?? instructorId(seed, index % VOLUME_INSTRUCTORS);
  const requests: Record<string, unknown>[] = [];
  const corrections: Record<string, unknown>[] = [];
  let markedReadyAt: Date | null = null;
  let reviewStartedAt: Date | null = null;
  let lastApplicantActivityAt: Date | null = null;
  for (const step of outline.steps) {
    const { occurredAt } = step;
    const byApplicant = ["submit", "answer_information", "withdraw"].includes(step.action);
    events.push({
      applicationId: id,
      actorId: byApplicant ? applicant : null,
      action: step.action,
      fromStatus: step.from,
      toStatus: step.to,
      occurredAt,
    });
    if (step.action === "start_review") reviewStartedAt = occurredAt;
    if (step.action === "mark_ready") markedReadyAt = occurredAt;
    if (step.action === "answer_information") lastApplicantActivityAt = occurredAt;
    if (step.action === "request_correction") {
      corrections.push({
        id: stableUuid(seed, "correction-requests", index * 4 + corrections.length),
        applicationId: id,
        requestedBy: reviewer,
        message: "Merci de corriger le nombre de bénéficiaires et les objectifs du projet.",
        steps: [2],
        fields: ["beneficiariesCount", "goals"],
        requestedAt: occurredAt,
        before: { steps: { "2": { beneficiariesCount: "25" } } },
      });
    }
    if (step.action === "answer_information") {
      const open = requests.at(-1);
      if (open && open.answeredAt === null) open.answeredAt = occurredAt;
    }
    if (step.action === "request_information" || step.action === "answer_information") {
      const request = step.action === "request_information";
      const messageId = stableUuid(seed, "application-messages", index * 16 + messages.length);
      if (request) {
        requests.push({
          id: stableUuid(seed, "information-requests", index * 4 + requests.length),
          applicationId: id,
          messageId,
          requestedBy: reviewer,
          missingItems: [...review.pick(missingItems)],
          requestedAt: occurredAt,
          answeredAt: null,
        });
      }
      messages.push({
        id: messageId,
        applicationId: id,
        authorId: request ? null : applicant,
        body: request
          ? "Pouvez-vous préciser le budget prévisionnel et joindre un second devis ?"
          : "Voici le budget détaillé et le second devis demandé.",
        isInformationRequest: request,
        createdAt: occurredAt,
      });
    }
  }
  const updatedAt = outline.steps.at(-1)?.occurredAt ?? createdAt;
  const levels = outline.levels.map((level) => ({ applicationId: id, ...level, quotesNote: null }));
  const attachments = submittedAt
    ? attachmentKinds.map(([kind, fileName, mimeType], k) => {
        const attachmentId = stableUuid(seed, "application-attachments", index * 8 + k);
        return {
          id: attachmentId,
          applicationId: id,
          kind,
          fileName,
          mimeType,
          sizeBytes: rng.int(20_000, 2_000_000),
          storageKey: `volume/${attachmentId}`,
          uploadedBy: applicant,
          createdAt: submittedAt ?? createdAt,
        };
      })
    : [];
  const scoredAt = markedReadyAt;
  const scores = scoredAt
    ? context.criteria.map((criterionId) => ({
        applicationId: id,
        reviewerId: reviewer,
        criterionId,
        score: review.int(1, 5),
        comment: "",
        updatedAt: scoredAt,
      }))
    : [];
  const notes =
    reviewStartedAt && review.chance(0.15)
      ? [
          {
            id: stableUuid(seed, "application-notes", index),
            applicationId: id,
            authorId: reviewer,
            body: review.pick(noteBodies),
            createdAt: reviewStartedAt,
          },
        ]
      : [];
  const row = {
    id,
    number: submittedAt ? formatApplicationNumber(submittedAt.getUTCFullYear(), index + 1) : null,
    programId: context.programId,
    organizationId: organizationId(seed, organizationIndex),
    status: state,
    currentStep: submittedAt ? 6 : rng.int(1, 5),
    data: {
      steps: {
        "2": {
          situation: "Nous gérons les adhésions et les plannings sur papier.",
          objectives: "Outiller l'équipe bénévole et former les salariés.",
        },
      },
    },
    flaggedForReview: submittedAt !== null && rng.chance(0.08),
    createdBy: applicant,
    submittedAt,
    submittedBy: submittedAt ? applicant : null,
    antennaId: submittedAt ? antennaFor(context, departementOf(seed, organizationIndex)) : null,
    assignedTo,
    statusChangedAt: updatedAt,
    lastApplicantActivityAt,
    committeeSummary: scoredAt
      ? "Projet cohérent avec les axes du programme ; budget réaliste pour la structure."
      : null,
    createdAt,
    updatedAt,
  };
  return {
    row,
    dependents: [
      { table: applicationLevels, rows: levels },
      { table: applicationEvents, rows: events },
      { table: applicationMessages, rows: messages },
      { table: applicationAttachments, rows: attachments },
      { table: informationRequests, rows: requests },
      { table: correctionRequests, rows: corrections },
      { table: applicationScores, rows: scores },
      { table: applicationNotes, rows: notes },
    ],
  };
}

export const applicationsGenerator: VolumeGenerator = {
  name: "applications",
  table: applications,
  key: applications.id,
  count: ({ plan }) => plan.applications,
  build: buildApplication,
  async finish(db) {
    // The next number the application assigns in a year must follow the volume's.
    await db.execute(sql`
      insert into application_number_sequences (year, last)
      select substring(number from 4 for 4)::int, max(substring(number from 9)::int)
      from applications where number like 'DE-____-%' group by 1
      on conflict (year) do update
        set last = greatest(application_number_sequences.last, excluded.last)`);
  },
};
