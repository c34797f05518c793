// The committees' pure rules (no I/O, safe for the browser): the quorum, who may see the other
// members' pre-review scores, and the funders' budget envelopes.
import type { SessionState } from "./session-state";

/** Each member sits on the funders' side or on the operator's side. */
export const memberSides = ["funder", "operator"] as const;
export type MemberSide = (typeof memberSides)[number];

export function isMemberSide(value: unknown): value is MemberSide {
  return typeof value === "string" && (memberSides as readonly string[]).includes(value);
}

/** The smallest and largest number of members of one side a quorum may ask for. */
export const QUORUM_MIN = 0;
export const QUORUM_MAX = 20;

/** What the quorum rule reads of each member. */
export type QuorumMember = {
  readonly side: MemberSide;
  readonly present: boolean;
  /** Declared a conflict of interest on the item being decided: takes no part in it. */
  readonly conflicted?: boolean;
};

/** How many members of each side must be present (the session's setting, 1 and 1 by default). */
export type QuorumRule = { readonly minFunderPresent: number; readonly minOperatorPresent: number };

export const defaultQuorum: QuorumRule = { minFunderPresent: 1, minOperatorPresent: 1 };

export type Quorum = {
  readonly met: boolean;
  readonly funderPresent: number;
  readonly operatorPresent: number;
  /** How many more members of each side are needed (0 when enough). */
  readonly missingFunder: number;
  readonly missingOperator: number;
};

/**
 * The quorum of a decision: the members present who have not declared a conflict on it, counted
 * by side, against the rule. Without an item, conflicts are ignored (the session's own quorum).
 */
export function quorumOf(members: readonly QuorumMember[], rule: QuorumRule): Quorum {
  let funderPresent = 0;
  let operatorPresent = 0;
  for (const member of members) {
    if (!member.present || member.conflicted) continue;
    if (member.side === "funder") funderPresent += 1;
    else operatorPresent += 1;
  }
  const missingFunder = Math.max(0, rule.minFunderPresent - funderPresent);
  const missingOperator = Math.max(0, rule.minOperatorPresent - operatorPresent);
  return {
    met: missingFunder === 0 && missingOperator === 0,
    funderPresent,
    operatorPresent,
    missingFunder,
    missingOperator,
  };
}

/** Who looks at an item's pre-review scores. */
export type ScoreViewer =
  | { readonly kind: "member"; readonly submittedOwn: boolean; readonly conflicted: boolean }
  | { readonly kind: "preparer" };

/**
 * Whether the viewer may see the other members' pre-review scores of an item (against anchoring):
 * a member once they have submitted their own, or once the meeting has started; the preparing
 * staff once the meeting has started; a member with a conflict of interest never.
 */
export function othersScoresVisible(viewer: ScoreViewer, state: SessionState): boolean {
  const meeting = state === "in_session" || state === "closed";
  if (viewer.kind === "preparer") return meeting;
  if (viewer.conflicted) return false;
  return meeting || viewer.submittedOwn;
}

/** One funder's envelope in the programme and what was granted from it so far. */
export type EnvelopeBalance = {
  readonly funderId: string;
  readonly funderName: string;
  readonly envelopeCents: number;
  readonly grantedCents: number;
  /** envelope − granted so far (negative when overspent). */
  readonly remainingCents: number;
};

/** The balance of each envelope from the amounts granted so far per funder. */
export function envelopeBalances(
  envelopes: readonly { funderId: string; funderName: string; amountCents: number }[],
  grantedByFunder: ReadonlyMap<string, number>,
): EnvelopeBalance[] {
  return envelopes.map((envelope) => {
    const granted = grantedByFunder.get(envelope.funderId) ?? 0;
    return {
      funderId: envelope.funderId,
      funderName: envelope.funderName,
      envelopeCents: envelope.amountCents,
      grantedCents: granted,
      remainingCents: envelope.amountCents - granted,
    };
  });
}

/**
 * The funders whose envelope a decision would overspend: what it grants from each funder against
 * the envelope's remaining amount without it (the item's earlier version left out by the caller).
 */
export function overspentEnvelopes(
  balances: readonly EnvelopeBalance[],
  decisionByFunder: ReadonlyMap<string, number>,
): { funderId: string; funderName: string; overCents: number }[] {
  return balances.flatMap((balance) => {
    const asked = decisionByFunder.get(balance.funderId) ?? 0;
    const over = asked - balance.remainingCents;
    return asked > 0 && over > 0
      ? [{ funderId: balance.funderId, funderName: balance.funderName, overCents: over }]
      : [];
  });
}

/** Moves one item up or down in an ordered list of ids; the same list when it cannot move. */
export function moveInOrder(
  ids: readonly string[],
  id: string,
  direction: "up" | "down",
): string[] {
  const index = ids.indexOf(id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}
