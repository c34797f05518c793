import { describe, expect, it } from "vitest";
import {
  defaultQuorum,
  envelopeBalances,
  isMemberSide,
  moveInOrder,
  othersScoresVisible,
  overspentEnvelopes,
  type QuorumMember,
  quorumOf,
} from "./rules";
import { type SessionState, sessionStates } from "./session-state";

const funder = (present: boolean, conflicted = false): QuorumMember => ({
  side: "funder",
  present,
  conflicted,
});
const operator = (present: boolean, conflicted = false): QuorumMember => ({
  side: "operator",
  present,
  conflicted,
});

describe("quorumOf", () => {
  it("needs one member of each side present by default", () => {
    expect(quorumOf([funder(true), operator(true)], defaultQuorum)).toEqual({
      met: true,
      funderPresent: 1,
      operatorPresent: 1,
      missingFunder: 0,
      missingOperator: 0,
    });
  });
  it.each([
    ["nobody", [], 1, 1],
    ["only funders", [funder(true), funder(true)], 0, 1],
    ["only operators", [operator(true)], 1, 0],
    ["members absent", [funder(false), operator(false)], 1, 1],
    ["the only funder conflicted", [funder(true, true), operator(true)], 1, 0],
    ["the only operator conflicted", [funder(true), operator(true, true)], 0, 1],
  ] as const)("is not met with %s", (_label, members, missingFunder, missingOperator) => {
    const quorum = quorumOf(members, defaultQuorum);
    expect(quorum.met).toBe(false);
    expect([quorum.missingFunder, quorum.missingOperator]).toEqual([
      missingFunder,
      missingOperator,
    ]);
  });
  it("is met when another member of the side is free of conflict", () => {
    expect(quorumOf([funder(true), operator(true, true), operator(true)], defaultQuorum).met).toBe(
      true,
    );
  });
  it("follows the session's own rule", () => {
    const rule = { minFunderPresent: 2, minOperatorPresent: 0 };
    expect(quorumOf([funder(true)], rule)).toMatchObject({ met: false, missingFunder: 1 });
    expect(quorumOf([funder(true), funder(true)], rule).met).toBe(true);
    expect(quorumOf([], { minFunderPresent: 0, minOperatorPresent: 0 }).met).toBe(true);
  });
  it("knows the sides", () => {
    expect(isMemberSide("funder")).toBe(true);
    expect(isMemberSide("operator")).toBe(true);
    expect(isMemberSide("chair")).toBe(false);
  });
});

describe("othersScoresVisible", () => {
  // state -> [member who has not scored, member who has, conflicted member who has, preparer]
  const table: Record<SessionState, [boolean, boolean, boolean, boolean]> = {
    planned: [false, true, false, false],
    pre_review: [false, true, false, false],
    in_session: [true, true, false, true],
    closed: [true, true, false, true],
  };
  for (const state of sessionStates) {
    it(`in ${state}`, () => {
      expect([
        othersScoresVisible({ kind: "member", submittedOwn: false, conflicted: false }, state),
        othersScoresVisible({ kind: "member", submittedOwn: true, conflicted: false }, state),
        othersScoresVisible({ kind: "member", submittedOwn: true, conflicted: true }, state),
        othersScoresVisible({ kind: "preparer" }, state),
      ]).toEqual(table[state]);
    });
  }
});

describe("envelopes", () => {
  const envelopes = [
    { funderId: "a", funderName: "AG2R La Mondiale", amountCents: 100_000_00 },
    { funderId: "b", funderName: "Banque des Territoires", amountCents: 50_000_00 },
  ];
  it("subtracts what was granted so far from each envelope", () => {
    const balances = envelopeBalances(envelopes, new Map([["a", 35_000_00]]));
    expect(balances.map((b) => [b.funderId, b.grantedCents, b.remainingCents])).toEqual([
      ["a", 35_000_00, 65_000_00],
      ["b", 0, 50_000_00],
    ]);
  });
  it("names the envelopes a decision would overspend, by how much", () => {
    const balances = envelopeBalances(envelopes, new Map([["a", 95_000_00]]));
    expect(overspentEnvelopes(balances, new Map([["a", 5_000_00]]))).toEqual([]);
    expect(overspentEnvelopes(balances, new Map([["a", 5_000_01]]))).toEqual([
      { funderId: "a", funderName: "AG2R La Mondiale", overCents: 1 },
    ]);
    expect(overspentEnvelopes(balances, new Map([["b", 50_000_00]]))).toEqual([]);
    expect(overspentEnvelopes(balances, new Map([["b", 60_000_00]]))).toEqual([
      { funderId: "b", funderName: "Banque des Territoires", overCents: 10_000_00 },
    ]);
  });
  it("counts an envelope already overspent as overspent by the whole new amount", () => {
    const balances = envelopeBalances(envelopes, new Map([["b", 60_000_00]]));
    expect(balances[1]?.remainingCents).toBe(-10_000_00);
    expect(overspentEnvelopes(balances, new Map([["b", 1]]))).toEqual([
      { funderId: "b", funderName: "Banque des Territoires", overCents: 10_000_01 },
    ]);
  });
});

describe("moveInOrder", () => {
  it("swaps an item with its neighbour", () => {
    expect(moveInOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
  });
  it("leaves the ends and unknown ids alone", () => {
    expect(moveInOrder(["a", "b"], "a", "up")).toEqual(["a", "b"]);
    expect(moveInOrder(["a", "b"], "b", "down")).toEqual(["a", "b"]);
    expect(moveInOrder(["a", "b"], "z", "up")).toEqual(["a", "b"]);
  });
});
