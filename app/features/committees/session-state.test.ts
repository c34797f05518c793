import { describe, expect, it } from "vitest";
import { roles } from "~/features/auth";
import {
  agendaEditable,
  allowedSessionActions,
  conflictsOpen,
  isSessionState,
  meetingOpen,
  membersEditable,
  type SessionAction,
  type SessionState,
  scoringOpen,
  sessionActions,
  sessionDetailsEditable,
  sessionStates,
  sessionTransition,
} from "./session-state";

// Written by hand from the issue, independently of the module's table.
const expected: ReadonlyArray<
  readonly [from: SessionState, action: SessionAction, to: SessionState, roles: readonly string[]]
> = [
  ["planned", "open_pre_review", "pre_review", ["instructor", "admin"]],
  ["pre_review", "start_session", "in_session", ["instructor", "admin"]],
  ["in_session", "close_session", "closed", ["committee_member", "admin"]],
];

describe("sessionTransition", () => {
  for (const from of sessionStates) {
    for (const action of sessionActions) {
      for (const role of roles) {
        const row = expected.find(([f, a]) => f === from && a === action);
        const want = !row
          ? { ok: false, reason: "not_allowed_from_state" }
          : row[3].includes(role)
            ? { ok: true, to: row[2] }
            : { ok: false, reason: "role_not_allowed" };
        it(`${action} from ${from} by ${role}`, () => {
          expect(sessionTransition(from, action, role)).toEqual(want);
        });
      }
    }
  }

  it("refuses unknown actions as not allowed from the state", () => {
    expect(sessionTransition("planned", "constructor" as SessionAction, "admin")).toEqual({
      ok: false,
      reason: "not_allowed_from_state",
    });
  });

  it("goes planned -> pre_review -> in_session -> closed and never leaves closed", () => {
    let state: SessionState = "planned";
    for (const [action, role] of [
      ["open_pre_review", "instructor"],
      ["start_session", "instructor"],
      ["close_session", "committee_member"],
    ] as const) {
      const result = sessionTransition(state, action, role);
      if (!result.ok) throw new Error(`${action} refused from ${state}`);
      state = result.to;
    }
    expect(state).toBe("closed");
    for (const role of roles) expect(allowedSessionActions("closed", role)).toEqual([]);
  });

  it("lists each role's actions", () => {
    expect(allowedSessionActions("planned", "instructor")).toEqual(["open_pre_review"]);
    expect(allowedSessionActions("planned", "committee_member")).toEqual([]);
    expect(allowedSessionActions("in_session", "committee_member")).toEqual(["close_session"]);
    expect(allowedSessionActions("in_session", "instructor")).toEqual([]);
    expect(allowedSessionActions("pre_review", "funder")).toEqual([]);
  });
});

describe("what each status allows", () => {
  const table: Record<SessionState, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
    // agenda, members, scoring, conflicts, meeting, details (date, place, quorum)
    planned: [true, true, false, true, false, true],
    pre_review: [true, true, true, true, false, true],
    in_session: [false, false, false, true, true, false],
    closed: [false, false, false, false, false, false],
  };
  for (const state of sessionStates) {
    it(state, () => {
      expect([
        agendaEditable(state),
        membersEditable(state),
        scoringOpen(state),
        conflictsOpen(state),
        meetingOpen(state),
        sessionDetailsEditable(state),
      ]).toEqual(table[state]);
    });
  }
  it("recognises states", () => {
    expect(isSessionState("closed")).toBe(true);
    expect(isSessionState("open")).toBe(false);
    expect(isSessionState(null)).toBe(false);
  });
});
