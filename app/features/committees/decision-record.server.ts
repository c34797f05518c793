// What deciding and amending share: a decision form's values checked again against the item's
// requested levels, the programme's live bounds and envelopes (a stale form cannot grant a level
// the item does not request, or a rate outside the bounds), the granted amounts computed
// (amounts.ts), the envelope check (beyond a funder's remaining envelope only with the explicit
// confirmation), then the rows written.

import { grantsByFunder } from "~/features/supports";
import { fundingSplitOf } from "~/features/supports/index.server";
import { refuse } from "~/platform/commands/outcome";
import type { Transaction } from "~/platform/db/types";
import { formatEuros } from "~/platform/format/money";
import { committeeDecisionLevels, committeeDecisions } from "../../../db/schema";
import { computeGrant } from "./amounts";
import type { DecisionInput } from "./committee.schema";
import { levelField } from "./committee.schema";
import { agendaLevelsOf, envelopeBalancesOf, levelBounds } from "./queries.server";
import { overspentEnvelopes } from "./rules";

export type CheckedLevel = {
  kind: string;
  granted: boolean;
  ratePercent: number | null;
  costCents: number | null;
  grantedCents: number | null;
  funderId: string | null;
};

export type CheckedDecision = {
  input: DecisionInput;
  levels: CheckedLevel[];
  overEnvelope: boolean;
};

/** Checks a decision on an item; refuses (409) what the form could not know was wrong. */
export async function checkDecision(
  tx: Transaction,
  options: {
    programId: string;
    itemId: string;
    requestedLevels: unknown;
    input: DecisionInput;
  },
): Promise<CheckedDecision> {
  const { input } = options;
  if (input.outcome !== "accepted") return { input, levels: [], overEnvelope: false };
  const requested = new Map(agendaLevelsOf(options.requestedLevels).map((l) => [l.kind, l]));
  const bounds = await levelBounds(tx, options.programId);
  const balances = await envelopeBalancesOf(tx, options.programId, options.itemId);
  const funderIds = new Set(balances.map((balance) => balance.funderId));
  const levels = input.levels.map((level): CheckedLevel => {
    const asked = requested.get(level.kind as never);
    const bound = bounds.get(level.kind);
    if (!asked || !bound) {
      return refuse({ code: "unknown_level", message: "committees.decision.error.unknownLevel" });
    }
    if (!level.granted) {
      return { ...level, ratePercent: null, costCents: null, grantedCents: null, funderId: null };
    }
    const grant = computeGrant(level, bound);
    if (!grant.ok) {
      return refuse({
        code: grant.problem,
        message: "committees.decision.error.rateOutOfBoundsNow",
        field: levelField.rate(level.kind),
        params: { level: bound.label, min: bound.minRatePercent, max: bound.maxRatePercent },
      });
    }
    if (!level.funderId || !funderIds.has(level.funderId)) {
      return refuse({
        code: "unknown_funder",
        message: "committees.decision.error.unknownFunder",
        field: levelField.funder(level.kind),
      });
    }
    return { ...level, grantedCents: grant.grantedCents };
  });
  // Split as the supports will be, so that it is checked against what they will consume.
  const byFunder = grantsByFunder(
    levels.map((l) => ({ funderId: l.funderId, cents: l.grantedCents })),
    await fundingSplitOf(tx, options.programId),
  );
  const overspent = overspentEnvelopes(balances, byFunder);
  if (overspent.length > 0 && !input.confirmOverEnvelope) {
    refuse({
      code: "over_envelope",
      message: "committees.decision.error.overEnvelope",
      field: "confirmOverEnvelope",
      params: {
        funders: overspent.map((o) => `${o.funderName} (${formatEuros(o.overCents)})`).join(", "),
      },
    });
  }
  return { input, levels, overEnvelope: overspent.length > 0 };
}

/** Inserts a decision revision and its levels; returns its id. */
export async function insertDecision(
  tx: Transaction,
  options: {
    itemId: string;
    revision: number;
    checked: CheckedDecision;
    decidedBy: string;
    finalAt: Date | null;
  },
): Promise<string> {
  const { input } = options.checked;
  const [row] = await tx
    .insert(committeeDecisions)
    .values({
      itemId: options.itemId,
      revision: options.revision,
      outcome: input.outcome,
      refusalReason: input.outcome === "refused" ? input.refusalReason : null,
      applicantMessage: input.outcome === "refused" ? input.applicantMessage : null,
      missing: input.outcome === "postponed" ? input.missing : null,
      overEnvelopeConfirmed: options.checked.overEnvelope,
      amendmentReason: input.amendmentReason,
      decidedBy: options.decidedBy,
      finalAt: options.finalAt,
    })
    .returning({ id: committeeDecisions.id });
  if (!row) throw new Error("committee decision not inserted");
  if (options.checked.levels.length > 0) {
    await tx
      .insert(committeeDecisionLevels)
      .values(options.checked.levels.map((level) => ({ ...level, decisionId: row.id })));
  }
  return row.id;
}

/** A short summary of a decision for the audit trail. */
export function auditSummary(checked: CheckedDecision) {
  const { input } = checked;
  if (input.outcome === "refused") return { outcome: input.outcome, reason: input.refusalReason };
  if (input.outcome === "postponed") return { outcome: input.outcome };
  return {
    outcome: input.outcome,
    levels: checked.levels.map((l) => ({
      kind: l.kind,
      granted: l.granted,
      rate: l.ratePercent,
      grantedCents: l.grantedCents,
      funderId: l.funderId,
    })),
    overEnvelope: checked.overEnvelope,
  };
}
