import { describe, expect, it } from "vitest";
import { roles as actorRoles, type Role } from "~/features/auth";
import {
  type ApplicationAction,
  type ApplicationState,
  allowedActions,
  applicationActions,
  applicationStates,
  isApplicationAction,
  isApplicationState,
  isBeforeDecision,
  isTerminal,
  transition,
} from "./state-machine";

// The expected behaviour, written by hand from the issue and independently of the module's table:
// every (from, action) pair listed here is allowed for exactly the listed roles; every other pair
// of the cross product is refused with "not_allowed_from_state".
type Expected = readonly [from: ApplicationState, action: ApplicationAction, to: ApplicationState];

const STAFF: readonly Role[] = ["instructor", "admin"];
const COMMITTEE: readonly Role[] = ["committee_member", "admin"];
const APPLICANT: readonly Role[] = ["applicant"];

const expectedAllowed: ReadonlyArray<readonly [...Expected, roles: readonly Role[]]> = [
  ["draft", "submit", "submitted", APPLICANT],
  ["submitted", "start_review", "in_review", STAFF],
  ["in_review", "request_information", "information_requested", STAFF],
  ["information_requested", "answer_information", "in_review", APPLICANT],
  ["in_review", "request_correction", "correction_requested", STAFF],
  ["correction_requested", "resubmit_correction", "in_review", APPLICANT],
  ["in_review", "mark_ready", "ready_for_committee", STAFF],
  ["in_review", "declare_ineligible", "declared_ineligible", STAFF],
  ["ready_for_committee", "schedule", "scheduled", STAFF],
  ["scheduled", "accept", "accepted", COMMITTEE],
  ["scheduled", "refuse", "refused", COMMITTEE],
  ["scheduled", "postpone", "postponed", COMMITTEE],
  ["postponed", "reschedule", "ready_for_committee", STAFF],
  ["scheduled", "unschedule", "ready_for_committee", STAFF],
  ["draft", "withdraw", "withdrawn", APPLICANT],
  ["submitted", "withdraw", "withdrawn", APPLICANT],
  ["in_review", "withdraw", "withdrawn", APPLICANT],
  ["information_requested", "withdraw", "withdrawn", APPLICANT],
  ["correction_requested", "withdraw", "withdrawn", APPLICANT],
  ["ready_for_committee", "withdraw", "withdrawn", APPLICANT],
  ["scheduled", "withdraw", "withdrawn", APPLICANT],
  ["postponed", "withdraw", "withdrawn", APPLICANT],
];

function expectedFor(from: ApplicationState, action: ApplicationAction, role: Role) {
  const row = expectedAllowed.find(([f, a]) => f === from && a === action);
  if (row === undefined) {
    return { ok: false, reason: "not_allowed_from_state" } as const;
  }
  const [, , to, roles] = row;
  return roles.includes(role)
    ? ({ ok: true, to } as const)
    : ({ ok: false, reason: "role_not_allowed" } as const);
}

const crossProduct = applicationStates.flatMap((from) =>
  applicationActions.flatMap((action) => actorRoles.map((role) => [from, action, role] as const)),
);

describe("transition", () => {
  it("covers the full cross product of states, actions and roles", () => {
    expect(crossProduct).toHaveLength(12 * 15 * 6);
  });

  it.each(crossProduct)("%s --%s--> by %s", (from, action, role) => {
    expect(transition(from, action, role)).toEqual(expectedFor(from, action, role));
  });

  it("refuses an unknown action coming from untyped data as not allowed from the state", () => {
    const action = "delete" as ApplicationAction;
    expect(transition("draft", action, "admin")).toEqual({
      ok: false,
      reason: "not_allowed_from_state",
    });
  });

  it("refuses inherited object keys used as actions", () => {
    const action = "toString" as ApplicationAction;
    expect(transition("draft", action, "admin")).toEqual({
      ok: false,
      reason: "not_allowed_from_state",
    });
  });
});

describe("allowedActions", () => {
  const pairs = applicationStates.flatMap((state) =>
    actorRoles.map((role) => [state, role] as const),
  );

  it.each(pairs)("in %s for %s", (state, role) => {
    const expected = applicationActions.filter((action) => expectedFor(state, action, role).ok);
    expect(allowedActions(state, role)).toEqual(expected);
  });

  it("gives funders and antenna managers no action in any state", () => {
    for (const state of applicationStates) {
      expect(allowedActions(state, "funder")).toEqual([]);
      expect(allowedActions(state, "antenna_manager")).toEqual([]);
    }
  });
});

describe("isTerminal and isBeforeDecision", () => {
  const terminal: readonly ApplicationState[] = [
    "declared_ineligible",
    "accepted",
    "refused",
    "withdrawn",
  ];
  const beforeDecision: readonly ApplicationState[] = [
    "draft",
    "submitted",
    "in_review",
    "information_requested",
    "correction_requested",
    "ready_for_committee",
    "scheduled",
    "postponed",
  ];

  it.each(applicationStates)("classifies %s", (state) => {
    expect(isTerminal(state)).toBe(terminal.includes(state));
    expect(isBeforeDecision(state)).toBe(beforeDecision.includes(state));
  });

  it.each(applicationStates)("%s is terminal exactly when no role can act on it", (state) => {
    const anyAction = actorRoles.some((role) => allowedActions(state, role).length > 0);
    expect(isTerminal(state)).toBe(!anyAction);
  });

  it.each(applicationStates)(
    "%s can be withdrawn exactly when it is before a decision",
    (state) => {
      expect(transition(state, "withdraw", "applicant").ok).toBe(isBeforeDecision(state));
    },
  );
});

describe("reachability", () => {
  it("reaches every state from draft", () => {
    const seen = new Set<ApplicationState>(["draft"]);
    const queue: ApplicationState[] = ["draft"];
    for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
      for (const role of actorRoles) {
        for (const action of allowedActions(state, role)) {
          const result = transition(state, action, role);
          if (result.ok && !seen.has(result.to)) {
            seen.add(result.to);
            queue.push(result.to);
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...applicationStates].sort());
  });

  it("follows the usual path of an accepted application", () => {
    const steps: ReadonlyArray<readonly [ApplicationAction, Role]> = [
      ["submit", "applicant"],
      ["start_review", "instructor"],
      ["request_information", "instructor"],
      ["answer_information", "applicant"],
      ["mark_ready", "instructor"],
      ["schedule", "instructor"],
      ["postpone", "committee_member"],
      ["reschedule", "instructor"],
      ["schedule", "admin"],
      ["accept", "committee_member"],
    ];
    let state: ApplicationState = "draft";
    for (const [action, role] of steps) {
      const result = transition(state, action, role);
      if (!result.ok) {
        throw new Error(`${action} by ${role} refused from ${state}: ${result.reason}`);
      }
      state = result.to;
    }
    expect(state).toBe("accepted");
  });
});

describe("type guards", () => {
  it("recognises states and actions", () => {
    expect(isApplicationState("in_review")).toBe(true);
    expect(isApplicationState("deleted")).toBe(false);
    expect(isApplicationState(undefined)).toBe(false);
    expect(isApplicationAction("withdraw")).toBe(true);
    expect(isApplicationAction("constructor")).toBe(false);
    expect(isApplicationAction(42)).toBe(false);
  });
});
