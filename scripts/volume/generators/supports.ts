/**
 * Supports (issue 15): one per level granted by an acceptance (outcomes.ts), at the antenna
 * covering the organisation's département (where its application was routed), with the
 * antenna's manager as consultant once planned. Old ones are closed (a few abandoned with a reason
 * of the state machine's list), recent ones planned, in progress or delivered, their dates in
 * order (decided ≤ started ≤ delivered ≤ closed ≤ now). Milestones: the kick-off, a deliverable
 * with its file's metadata (no file is stored), the closing meeting. Money: the share split across
 * funders by the supports' own `splitShare` (the programme's split, else the decision's funder);
 * invoices and payments dated, each one checked by `checkPaymentStep` (paid ≤ invoiced ≤
 * committed).
 */

import {
  checkPaymentStep,
  levelSplit,
  MAX_FUNDERS_PER_SPLIT,
  type PartMoney,
  splitShare,
} from "~/features/supports/co-funding";
import {
  supportFundingParts,
  supportMilestones,
  supportPayments,
  supports,
} from "../../../db/schema";
import { parisDay } from "../dates";
import type { VolumeContext, VolumeGenerator } from "../generator";
import { type Rng, rowRng, stableUuid } from "../prng";
import { decisionId } from "./committees";
import { organizationId } from "./organizations";
import { type SupportCourse, volumeOutcomes } from "./outcomes";
import { antennaManagerId, instructorId, VOLUME_INSTRUCTORS } from "./staff";

const DAY = 86_400_000;
/** Payment steps per funding part at most: an advance and the balance, each invoiced then paid. */
const STEPS_PER_PART = 4;

const deliverables: Readonly<Record<string, readonly [string, string]>> = {
  diagnostic: ["Rapport de diagnostic numérique", "rapport-diagnostic.pdf"],
  scoping: ["Cahier des charges", "cahier-des-charges.pdf"],
  production: ["Procès-verbal de recette de l'outil", "proces-verbal-de-recette.pdf"],
};

const abandonNotes: Readonly<Record<string, string>> = {
  structure_withdrew: "Le bureau a décidé de reporter le projet.",
  structure_unreachable: "Trois relances sans réponse depuis le lancement.",
  needs_changed: "La structure a fusionné avec une autre association, le besoin a changé.",
  consultant_unavailable: "Pas de consultant disponible sur l'antenne avant plusieurs mois.",
  other: "Projet repris dans le cadre d'un financement régional.",
};

const day = parisDay;
const later = (instant: Date, days: number) => new Date(instant.getTime() + days * DAY);

/** The id of support `key` (outcomes.ts). */
export function supportId(seed: number, key: number): string {
  return stableUuid(seed, "supports", key);
}

function consultantOf(context: VolumeContext, support: SupportCourse, rng: Rng): string | null {
  if (support.antennaIndex === null) return null;
  // A planned support waits for its consultant about a time in three.
  if (support.status === "planned" && rng.chance(0.35)) return null;
  return antennaManagerId(context.plan.seed, support.antennaIndex);
}

function milestonesOf(
  context: VolumeContext,
  support: SupportCourse,
  id: string,
  consultantId: string | null,
  rng: Rng,
) {
  const { seed } = context.plan;
  const rows: Record<string, unknown>[] = [];
  const add = (slot: number, kind: string, title: string, at: Date, file: boolean) => {
    const milestoneId = stableUuid(seed, "support-milestones", support.key * 4 + slot);
    const [, fileName] = deliverables[support.grant.kind] ?? ["", "livrable.pdf"];
    rows.push({
      id: milestoneId,
      supportId: id,
      kind,
      title,
      happenedOn: day(at),
      note: "",
      storageKey: file ? `volume/${milestoneId}` : null,
      fileName: file ? fileName : null,
      mimeType: file ? "application/pdf" : null,
      sizeBytes: file ? rng.int(80_000, 4_000_000) : null,
      createdBy: consultantId,
      createdAt: at,
    });
  };
  const { startedAt, deliveredAt, closedAt } = support;
  if (startedAt) add(0, "kickoff", "Réunion de lancement", startedAt, false);
  const [title] = deliverables[support.grant.kind] ?? ["Livrable", ""];
  if (startedAt && deliveredAt) {
    const before = Math.min(3, Math.floor((deliveredAt.getTime() - startedAt.getTime()) / DAY));
    add(1, "deliverable", title, later(deliveredAt, -rng.int(0, before)), true);
  } else if (startedAt && rng.chance(0.3)) {
    // In progress (or abandoned while in progress): a first deliverable handed over already.
    const until = support.abandonedAt ?? context.now;
    const days = Math.floor((until.getTime() - startedAt.getTime()) / DAY);
    add(
      1,
      "deliverable",
      `${title} (version de travail)`,
      later(startedAt, rng.int(0, days)),
      true,
    );
  }
  if (deliveredAt && closedAt) {
    const before = Math.min(5, Math.floor((closedAt.getTime() - deliveredAt.getTime()) / DAY));
    add(2, "closing", "Réunion de clôture", later(closedAt, -rng.int(0, before)), false);
  }
  return rows;
}

/** The funding parts and their dated invoices and payments. */
function moneyOf(context: VolumeContext, support: SupportCourse, id: string, rng: Rng) {
  const { seed } = context.plan;
  const now = context.now.getTime();
  const split = levelSplit(context.fundingSplit, support.grant.funderId);
  if (split.length === 0) return { parts: [], payments: [] };
  const parts: Record<string, unknown>[] = [];
  const payments: Record<string, unknown>[] = [];
  const year = (at: Date) => at.toISOString().slice(0, 4);
  splitShare(support.grant.grantedCents, split).forEach((part, position) => {
    const partKey = support.key * MAX_FUNDERS_PER_SPLIT + position;
    const partId = stableUuid(seed, "support-funding-parts", partKey);
    let money: PartMoney = { committedCents: part.cents, invoicedCents: 0, paidCents: 0 };
    const record = (kind: "invoiced" | "paid", cents: number, at: Date) => {
      if (cents <= 0 || at.getTime() > now) return false;
      const step = checkPaymentStep(money, { kind, cents });
      if (!step.ok) throw new Error(`volume support ${support.key}: ${step.problem}`);
      money = step.next;
      const n = payments.filter((p) => p.partId === partId).length;
      payments.push({
        id: stableUuid(seed, "support-payments", partKey * STEPS_PER_PART + n),
        partId,
        kind,
        cents,
        on: day(at),
        reference:
          kind === "invoiced"
            ? `FAC-${year(at)}-${String(partKey).padStart(7, "0")}-${n + 1}`
            : `VIR-${year(at)}-${String(partKey).padStart(7, "0")}-${n + 1}`,
        createdBy: instructorId(seed, support.key % VOLUME_INSTRUCTORS),
        createdAt: at,
      });
      return true;
    };
    const invoiceAndPay = (cents: number, on: Date, payChance: number) => {
      // Nothing is invoiced after an abandon: the work done until then at most.
      const invoicedAt = support.abandonedAt && on > support.abandonedAt ? support.abandonedAt : on;
      if (!record("invoiced", cents, invoicedAt)) return;
      if (rng.chance(payChance)) record("paid", cents, later(invoicedAt, rng.int(15, 45)));
    };
    const { startedAt, deliveredAt, abandonedAt, closedAt } = support;
    // An advance of 30 % when it starts, for about half of them.
    if (startedAt && rng.chance(0.5)) {
      invoiceAndPay(Math.floor((part.cents * 30) / 100), later(startedAt, rng.int(0, 10)), 0.95);
    }
    // The balance once delivered: always for the closed ones, mostly for the others.
    if (deliveredAt && (closedAt || rng.chance(abandonedAt ? 0.5 : 0.7))) {
      const balance = money.committedCents - money.invoicedCents;
      invoiceAndPay(balance, later(deliveredAt, rng.int(0, 10)), closedAt ? 0.92 : 0.6);
    }
    parts.push({
      id: partId,
      supportId: id,
      funderId: part.funderId,
      position,
      weight: split[position]?.weight ?? 1,
      ...money,
    });
  });
  return { parts, payments };
}

function buildSupport(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  const support = volumeOutcomes(context).supports[index];
  if (!support) throw new Error(`volume support ${index} does not exist`);
  const rng = rowRng(seed, "support-rows", support.key);
  const id = supportId(seed, support.key);
  const { passage, grant } = support;
  const consultantId = consultantOf(context, support, rng);
  const plannedStart = consultantId ? (support.startedAt ?? support.startsAt) : null;
  const milestones = milestonesOf(context, support, id, consultantId, rng);
  const { parts, payments } = moneyOf(context, support, id, rng);
  const stamps = [support.startedAt, support.deliveredAt, support.closedAt, support.abandonedAt];
  const updatedAt = stamps.reduce<Date>(
    (latest, at) => (at && at > latest ? at : latest),
    support.decidedAt,
  );
  const row = {
    id,
    programId: context.programId,
    applicationId: passage.applicationId,
    organizationId: organizationId(seed, passage.organizationIndex),
    decisionId: decisionId(seed, passage.key),
    levelKind: grant.kind,
    antennaId: support.antennaIndex === null ? null : context.antennas[support.antennaIndex]?.id,
    consultantId,
    status: support.status,
    plannedStart: plannedStart ? day(plannedStart) : null,
    plannedEnd: plannedStart ? day(later(plannedStart, support.typicalDays)) : null,
    costCents: grant.costCents,
    ratePercent: grant.ratePercent,
    shareCents: grant.grantedCents,
    decidedAt: support.decidedAt,
    abandonReason: support.abandonReason,
    abandonNote: support.abandonReason ? (abandonNotes[support.abandonReason] ?? null) : null,
    notes: "",
    startedAt: support.startedAt,
    deliveredAt: support.deliveredAt,
    closedAt: support.closedAt,
    abandonedAt: support.abandonedAt,
    // Closing a diagnostic or a scoping invites the structure to apply for the next level,
    // unless the same decision granted it already.
    nextLevelInvitedAt:
      support.closedAt && grant.kind !== "production" && !support.nextLevelGranted
        ? support.closedAt
        : null,
    createdAt: support.decidedAt,
    updatedAt,
  };
  return {
    row,
    dependents: [
      { table: supportMilestones, rows: milestones },
      { table: supportFundingParts, rows: parts },
      { table: supportPayments, rows: payments },
    ],
  };
}

export const supportsGenerator: VolumeGenerator = {
  name: "supports",
  table: supports,
  key: supports.id,
  count: (context) => volumeOutcomes(context).supports.length,
  build: buildSupport,
};
