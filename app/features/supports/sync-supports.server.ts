// The support records of a final committee decision (issue 15: "accepted levels create the support
// records"; ADR 0020). Called in the committee's transaction, when a session closes (each accepted
// decision) and when a closed decision is amended (the new revision):
// - each granted level has one support (planned), at the antenna covering the organisation's
//   département (the application's antenna), with the decision's cost, rate and share, and the share split across the
//   funders (the programme's split, or the funder the committee chose: co-funding.ts);
// - an amendment moves the level's support to the new revision and corrects its money while
//   nothing is invoiced; a level no longer granted abandons its support while it is planned.
//   An amendment that would change money already invoiced, or take a started support away, is
//   not applied: the problem is returned and the caller refuses (its transaction rolls back).
// Idempotent: a decision whose supports exist changes nothing.
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import {
  applications,
  committeeDecisionLevels,
  committeeDecisions,
  committeeItems,
  programs,
  supportFundingParts,
  supports,
} from "../../../db/schema";
import {
  type FundingSplit,
  programmeSplitOf,
  levelSplit as splitOf,
  splitShare,
} from "./co-funding";

type Granted = {
  kind: string;
  costCents: number;
  ratePercent: number;
  grantedCents: number;
  funderId: string | null;
};

async function writeParts(
  tx: Executor,
  supportId: string,
  shareCents: number,
  split: FundingSplit,
): Promise<void> {
  if (split.length === 0) return;
  const parts = splitShare(shareCents, split);
  await tx.insert(supportFundingParts).values(
    parts.map((part, position) => ({
      supportId,
      funderId: part.funderId,
      position,
      weight: split[position]?.weight ?? 1,
      committedCents: part.cents,
    })),
  );
}

/** What a sync did, or why an amendment cannot apply to the supports. */
export type SyncOutcome =
  | { ok: true; created: number; updated: number; abandoned: number }
  | { ok: false; problem: "invoiced" | "started" };

export async function syncSupportsWithDecision(
  tx: Executor,
  decisionId: string,
): Promise<SyncOutcome> {
  const [decision] = await tx
    .select({
      id: committeeDecisions.id,
      outcome: committeeDecisions.outcome,
      finalAt: committeeDecisions.finalAt,
      applicationId: applications.id,
      organizationId: applications.organizationId,
      programId: applications.programId,
      antennaId: applications.antennaId,
    })
    .from(committeeDecisions)
    .innerJoin(committeeItems, eq(committeeItems.id, committeeDecisions.itemId))
    .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
    .where(eq(committeeDecisions.id, decisionId));
  const done = { ok: true as const, created: 0, updated: 0, abandoned: 0 };
  if (decision?.outcome !== "accepted" || !decision.finalAt) return done;

  const levels = await tx
    .select({
      kind: committeeDecisionLevels.kind,
      granted: committeeDecisionLevels.granted,
      costCents: committeeDecisionLevels.costCents,
      ratePercent: committeeDecisionLevels.ratePercent,
      grantedCents: committeeDecisionLevels.grantedCents,
      funderId: committeeDecisionLevels.funderId,
    })
    .from(committeeDecisionLevels)
    .where(eq(committeeDecisionLevels.decisionId, decisionId));
  const granted = new Map<string, Granted>();
  for (const level of levels) {
    if (!level.granted || level.costCents === null || level.grantedCents === null) continue;
    granted.set(level.kind, {
      kind: level.kind,
      costCents: level.costCents,
      ratePercent: level.ratePercent ?? 0,
      grantedCents: level.grantedCents,
      funderId: level.funderId,
    });
  }

  const [programme] = await tx
    .select({ split: programs.fundingSplit })
    .from(programs)
    .where(eq(programs.id, decision.programId));
  const programmeSplit = programmeSplitOf(programme?.split);
  // The application's supports still alive, by level (an earlier revision's included).
  const existing = await tx
    .select({
      id: supports.id,
      levelKind: supports.levelKind,
      decisionId: supports.decisionId,
      status: supports.status,
      shareCents: supports.shareCents,
    })
    .from(supports)
    .where(
      and(eq(supports.applicationId, decision.applicationId), ne(supports.status, "abandoned")),
    )
    .for("update");
  const byLevel = new Map(existing.map((support) => [support.levelKind, support]));
  const now = new Date();
  const withdrawn = existing.filter((support) => !granted.has(support.levelKind));
  if (withdrawn.some((support) => support.status !== "planned")) {
    return { ok: false, problem: "started" };
  }

  for (const level of granted.values()) {
    const current = byLevel.get(level.kind);
    if (!current) {
      const [created] = await tx
        .insert(supports)
        .values({
          programId: decision.programId,
          applicationId: decision.applicationId,
          organizationId: decision.organizationId,
          decisionId,
          levelKind: level.kind,
          antennaId: decision.antennaId,
          costCents: level.costCents,
          ratePercent: level.ratePercent,
          shareCents: level.grantedCents,
          decidedAt: decision.finalAt,
        })
        .onConflictDoNothing()
        .returning({ id: supports.id });
      if (created) {
        await writeParts(
          tx,
          created.id,
          level.grantedCents,
          splitOf(programmeSplit, level.funderId),
        );
        done.created += 1;
      }
      continue;
    }
    if (current.decisionId === decisionId) continue;
    // An amendment of the level: its money follows while nothing is invoiced.
    const parts = await tx
      .select({
        invoiced: supportFundingParts.invoicedCents,
        funderId: supportFundingParts.funderId,
        weight: supportFundingParts.weight,
      })
      .from(supportFundingParts)
      .where(eq(supportFundingParts.supportId, current.id));
    const invoiced = parts.some((part) => part.invoiced > 0);
    if (invoiced && level.grantedCents !== current.shareCents) {
      return { ok: false, problem: "invoiced" };
    }
    await tx
      .update(supports)
      .set({
        decisionId,
        costCents: level.costCents,
        ratePercent: level.ratePercent,
        shareCents: level.grantedCents,
        updatedAt: now,
      })
      .where(eq(supports.id, current.id));
    if (!invoiced) {
      await tx.delete(supportFundingParts).where(eq(supportFundingParts.supportId, current.id));
      await writeParts(tx, current.id, level.grantedCents, splitOf(programmeSplit, level.funderId));
    }
    done.updated += 1;
  }

  if (withdrawn.length > 0) {
    await tx
      .update(supports)
      .set({
        status: "abandoned",
        abandonReason: "decision_amended",
        abandonedAt: now,
        updatedAt: now,
      })
      .where(
        inArray(
          supports.id,
          withdrawn.map((support) => support.id),
        ),
      );
    done.abandoned = withdrawn.length;
  }
  return done;
}
