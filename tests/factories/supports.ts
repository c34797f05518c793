/**
 * Builders for the supports (issue 15): a support written as rows on top of a submitted
 * application (tests/factories/review.ts) and a minimal committee decision that granted it (a
 * closed session, its item, an accepted final decision), closed by default. The supports' own
 * commands are not needed for that: the feedback survey starts from a closed support.
 */
import type { LevelKind } from "../../app/features/applications";
import type { SupportState } from "../../app/features/supports/support-state";
import { committeeDecisions, committeeItems, supports } from "../../db/schema";
import { digitessProgramId } from "./applications";
import { buildCommitteeSession } from "./committees";
import { buildSubmittedApplication, digitessAntennaId, type ReviewServices } from "./review";

export type BuiltSupport = {
  supportId: string;
  applicationId: string;
  organizationId: string;
  /** The organisation's owner (the applicant). */
  ownerId: string;
  ownerEmail: string;
  decisionId: string;
};

/**
 * A support of the Digit'ESS programme, closed unless `status` says otherwise, for a new
 * organisation (named `organizationName`) whose application was accepted. `antennaCity` places it
 * at a Digit'ESS antenna (null: the national team), `consultantId` assigns a consultant.
 */
export async function buildSupport(
  services: ReviewServices,
  input: {
    organizationName?: string;
    levelKind?: LevelKind;
    status?: SupportState;
    antennaCity?: string | null;
    consultantId?: string | null;
    closedAt?: Date;
  } = {},
): Promise<BuiltSupport> {
  const { db } = services;
  const application = await buildSubmittedApplication(services, {
    organizationName: input.organizationName ?? "Le Toit Partagé",
  });
  const programId = await digitessProgramId(db);
  const sessionId = await buildCommitteeSession(db, {
    programId,
    status: "closed",
    startsAt: new Date(Date.now() - 90 * 24 * 60 * 60 * 1000),
  });
  const [item] = await db
    .insert(committeeItems)
    .values({ sessionId, applicationId: application.applicationId, position: 1 })
    .returning({ id: committeeItems.id });
  if (!item) throw new Error("committee item not inserted");
  const decidedAt = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
  const [decision] = await db
    .insert(committeeDecisions)
    .values({ itemId: item.id, outcome: "accepted", decidedAt, finalAt: decidedAt })
    .returning({ id: committeeDecisions.id });
  if (!decision) throw new Error("committee decision not inserted");
  const status = input.status ?? "closed";
  const antennaCity = input.antennaCity === undefined ? "Marseille" : input.antennaCity;
  const [support] = await db
    .insert(supports)
    .values({
      programId,
      applicationId: application.applicationId,
      organizationId: application.organizationId,
      decisionId: decision.id,
      levelKind: input.levelKind ?? "scoping",
      antennaId: antennaCity === null ? null : await digitessAntennaId(db, antennaCity),
      consultantId: input.consultantId ?? null,
      status,
      costCents: 1_200_000,
      ratePercent: 75,
      shareCents: 900_000,
      decidedAt,
      startedAt: status === "planned" ? null : decidedAt,
      deliveredAt: status === "closed" || status === "delivered" ? decidedAt : null,
      closedAt: status === "closed" ? (input.closedAt ?? new Date()) : null,
    })
    .returning({ id: supports.id });
  if (!support) throw new Error("support not inserted");
  return {
    supportId: support.id,
    applicationId: application.applicationId,
    organizationId: application.organizationId,
    ownerId: application.applicant.id,
    ownerEmail: application.email,
    decisionId: decision.id,
  };
}
