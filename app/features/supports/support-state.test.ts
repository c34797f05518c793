import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roles } from "~/features/auth";
import {
  ABANDON_DETAILS_MAX,
  abandonReasons,
  actionProblems,
  allowedSupportActions,
  canClose,
  canDeliver,
  checkAbandon,
  isAbandonReason,
  isFinalSupportState,
  isMilestoneKind,
  isSupportAction,
  isSupportState,
  type Milestone,
  type MilestoneKind,
  milestoneKinds,
  milestoneRecordable,
  milestoneSummary,
  progressOf,
  recordableMilestones,
  type SupportAction,
  type SupportState,
  supportActions,
  supportStates,
  supportTransition,
} from "./support-state";

// Written by hand from the brief, independently of the module's table.
const team = ["antenna_manager", "admin"];
const teamAndStaff = ["antenna_manager", "instructor", "admin"];
const expected: ReadonlyArray<
  readonly [from: SupportState, action: SupportAction, to: SupportState, roles: readonly string[]]
> = [
  ["planned", "start", "in_progress", team],
  ["in_progress", "deliver", "delivered", team],
  ["delivered", "close", "closed", team],
  ["planned", "abandon", "abandoned", teamAndStaff],
  ["in_progress", "abandon", "abandoned", teamAndStaff],
  ["delivered", "abandon", "abandoned", teamAndStaff],
];

describe("supportTransition", () => {
  for (const from of supportStates) {
    for (const action of supportActions) {
      for (const role of roles) {
        const row = expected.find(([f, a]) => f === from && a === action);
        const want = !row
          ? { ok: false, reason: "not_allowed_from_state" }
          : row[3].includes(role)
            ? { ok: true, to: row[2] }
            : { ok: false, reason: "role_not_allowed" };
        it(`${action} from ${from} by ${role}`, () => {
          expect(supportTransition(from, action, role)).toEqual(want);
        });
      }
    }
  }

  it("covers 5 states × 4 actions × 6 roles", () => {
    expect(supportStates.length * supportActions.length * roles.length).toBe(120);
  });

  it("refuses unknown actions as not allowed from the state", () => {
    for (const action of ["constructor", "toString", "reopen", ""]) {
      expect(supportTransition("planned", action as SupportAction, "admin")).toEqual({
        ok: false,
        reason: "not_allowed_from_state",
      });
    }
  });

  it("goes planned -> in_progress -> delivered -> closed and never leaves closed", () => {
    let state: SupportState = "planned";
    for (const action of ["start", "deliver", "close"] as const) {
      const result = supportTransition(state, action, "antenna_manager");
      if (!result.ok) throw new Error(`${action} refused from ${state}`);
      state = result.to;
    }
    expect(state).toBe("closed");
    for (const role of roles) expect(allowedSupportActions("closed", role)).toEqual([]);
  });

  it("never leaves abandoned", () => {
    for (const role of roles) expect(allowedSupportActions("abandoned", role)).toEqual([]);
  });

  it("lists each role's actions", () => {
    expect(allowedSupportActions("planned", "antenna_manager")).toEqual(["start", "abandon"]);
    expect(allowedSupportActions("in_progress", "admin")).toEqual(["deliver", "abandon"]);
    expect(allowedSupportActions("delivered", "antenna_manager")).toEqual(["close", "abandon"]);
    expect(allowedSupportActions("planned", "instructor")).toEqual(["abandon"]);
    expect(allowedSupportActions("delivered", "instructor")).toEqual(["abandon"]);
    for (const state of supportStates) {
      for (const role of ["applicant", "committee_member", "funder"] as const) {
        expect(allowedSupportActions(state, role)).toEqual([]);
      }
    }
  });

  it("marks closed and abandoned as final, and only them", () => {
    expect(supportStates.filter(isFinalSupportState)).toEqual(["closed", "abandoned"]);
    for (const state of supportStates) {
      expect(isFinalSupportState(state)).toBe(allowedSupportActions(state, "admin").length === 0);
    }
  });

  it("recognises states and actions", () => {
    expect(isSupportState("in_progress")).toBe(true);
    expect(isSupportState("open")).toBe(false);
    expect(isSupportState(null)).toBe(false);
    expect(isSupportState(3)).toBe(false);
    expect(isSupportAction("abandon")).toBe(true);
    expect(isSupportAction("reopen")).toBe(false);
    expect(isSupportAction(undefined)).toBe(false);
  });
});

describe("milestones", () => {
  // kickoff, deliverable, closing
  const table: Record<SupportState, [boolean, boolean, boolean]> = {
    planned: [true, false, false],
    in_progress: [true, true, false],
    delivered: [false, false, true],
    closed: [false, false, false],
    abandoned: [false, false, false],
  };
  for (const state of supportStates) {
    it(`may be recorded in ${state}`, () => {
      expect(milestoneKinds.map((kind) => milestoneRecordable(kind, state))).toEqual(table[state]);
      expect(recordableMilestones(state)).toEqual(
        milestoneKinds.filter((_, index) => table[state][index]),
      );
    });
  }

  it("refuses unknown kinds", () => {
    expect(milestoneRecordable("constructor" as MilestoneKind, "planned")).toBe(false);
    expect(isMilestoneKind("closing")).toBe(true);
    expect(isMilestoneKind("meeting")).toBe(false);
    expect(isMilestoneKind(1)).toBe(false);
  });

  it("sums up only the milestones done, deliverables with a file", () => {
    expect(milestoneSummary([])).toEqual({
      kickoffDone: false,
      deliverables: 0,
      closingDone: false,
    });
    expect(
      milestoneSummary([
        { kind: "kickoff", done: false, files: 0 },
        { kind: "deliverable", done: true, files: 0 },
        { kind: "deliverable", done: false, files: 2 },
        { kind: "closing", done: false, files: 1 },
      ]),
    ).toEqual({ kickoffDone: false, deliverables: 0, closingDone: false });
    expect(
      milestoneSummary([
        { kind: "kickoff", done: true, files: 0 },
        { kind: "deliverable", done: true, files: 1 },
        { kind: "deliverable", done: true, files: 3 },
        { kind: "closing", done: true, files: 0 },
        { kind: "unknown" as MilestoneKind, done: true, files: 1 },
      ]),
    ).toEqual({ kickoffDone: true, deliverables: 2, closingDone: true });
  });
});

describe("conditions", () => {
  it.each([
    [0, false],
    [1, true],
    [5, true],
    [-1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])("deliver with %d deliverables: %s", (deliverables, ok) => {
    expect(canDeliver({ deliverables })).toBe(ok);
  });

  it("closes only once the closing meeting is done", () => {
    expect(canClose({ closingDone: true })).toBe(true);
    expect(canClose({ closingDone: false })).toBe(false);
  });

  const deliverable: Milestone = { kind: "deliverable", done: true, files: 1 };
  const closing: Milestone = { kind: "closing", done: true, files: 0 };

  it("lists the unmet conditions of each action", () => {
    expect(actionProblems("start", { milestones: [] })).toEqual([]);
    expect(actionProblems("deliver", { milestones: [] })).toEqual([
      "supports.deliver.error.deliverableRequired",
    ]);
    expect(actionProblems("deliver", { milestones: [{ ...deliverable, files: 0 }] })).toEqual([
      "supports.deliver.error.deliverableRequired",
    ]);
    expect(actionProblems("deliver", { milestones: [deliverable] })).toEqual([]);
    expect(actionProblems("close", { milestones: [deliverable] })).toEqual([
      "supports.close.error.closingRequired",
    ]);
    expect(actionProblems("close", { milestones: [{ ...closing, done: false }] })).toEqual([
      "supports.close.error.closingRequired",
    ]);
    expect(actionProblems("close", { milestones: [closing] })).toEqual([]);
    expect(actionProblems("abandon", { milestones: [] })).toEqual([
      "supports.abandon.error.reasonRequired",
    ]);
    expect(actionProblems("abandon", { milestones: [], reason: "needs_changed" })).toEqual([]);
    expect(actionProblems("abandon", { milestones: [], reason: "other", details: " " })).toEqual([
      "supports.abandon.error.detailsRequired",
    ]);
  });
});

describe("checkAbandon", () => {
  it.each([
    ["structure_withdrew", undefined, []],
    ["structure_unreachable", null, []],
    ["needs_changed", "", []],
    ["consultant_unavailable", "The consultant left the antenna.", []],
    ["other", "The structure merged with another one.", []],
    [" other ", "  merged  ", []],
    [null, undefined, ["supports.abandon.error.reasonRequired"]],
    [undefined, "text", ["supports.abandon.error.reasonRequired"]],
    ["", "", ["supports.abandon.error.reasonRequired"]],
    ["   ", "", ["supports.abandon.error.reasonRequired"]],
    ["bored", "", ["supports.abandon.error.reasonUnknown"]],
    ["constructor", "", ["supports.abandon.error.reasonUnknown"]],
    ["Other", "x", ["supports.abandon.error.reasonUnknown"]],
    ["other", undefined, ["supports.abandon.error.detailsRequired"]],
    ["other", null, ["supports.abandon.error.detailsRequired"]],
    ["other", " \n\t ", ["supports.abandon.error.detailsRequired"]],
  ] as const)("reason %j, details %j", (reason, details, problems) => {
    expect(checkAbandon({ reason, details })).toEqual(problems);
  });

  it("caps the free text at 2000 characters, trimmed, for every reason", () => {
    expect(ABANDON_DETAILS_MAX).toBe(2000);
    for (const reason of abandonReasons) {
      expect(checkAbandon({ reason, details: "a".repeat(2000) })).toEqual([]);
      expect(checkAbandon({ reason, details: ` ${"a".repeat(2000)} ` })).toEqual([]);
      expect(checkAbandon({ reason, details: "a".repeat(2001) })).toEqual([
        "supports.abandon.error.detailsTooLong",
      ]);
    }
    expect(checkAbandon({ reason: "", details: "a".repeat(2001) })).toEqual([
      "supports.abandon.error.reasonRequired",
      "supports.abandon.error.detailsTooLong",
    ]);
  });

  it("accepts exactly the listed reasons", () => {
    expect(abandonReasons).toEqual([
      "structure_withdrew",
      "structure_unreachable",
      "needs_changed",
      "consultant_unavailable",
      "other",
    ]);
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(isAbandonReason(text)).toBe((abandonReasons as readonly string[]).includes(text));
      }),
    );
    expect(isAbandonReason(null)).toBe(false);
  });

  it("only ever reports known keys, and none for a listed reason with a short text", () => {
    const keys = new Set([
      "supports.abandon.error.reasonRequired",
      "supports.abandon.error.reasonUnknown",
      "supports.abandon.error.detailsRequired",
      "supports.abandon.error.detailsTooLong",
    ]);
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.constantFrom(...abandonReasons), fc.string())),
        fc.option(fc.string({ maxLength: 2100 })),
        (reason, details) => {
          const problems = checkAbandon({ reason, details });
          for (const problem of problems) expect(keys.has(problem)).toBe(true);
          const text = details?.trim() ?? "";
          const fine =
            reason !== null &&
            isAbandonReason(reason) &&
            (reason !== "other" || text !== "") &&
            text.length <= 2000;
          expect(problems.length === 0).toBe(fine);
        },
      ),
    );
  });
});

describe("progressOf", () => {
  const kickoff: Milestone = { kind: "kickoff", done: true, files: 0 };
  const deliverable: Milestone = { kind: "deliverable", done: true, files: 1 };
  const closing: Milestone = { kind: "closing", done: true, files: 0 };

  it.each([
    ["planned", [], 1, "planned", 0],
    ["planned", [kickoff], 1, "planned", 10],
    ["in_progress", [], 2, "started", 25],
    ["in_progress", [kickoff], 2, "started", 40],
    ["in_progress", [deliverable], 2, "started", 45],
    ["in_progress", [kickoff, deliverable, deliverable], 2, "started", 60],
    ["in_progress", [kickoff, { ...deliverable, files: 0 }], 2, "started", 40],
    ["delivered", [kickoff, deliverable], 3, "delivered", 75],
    ["delivered", [kickoff, deliverable, closing], 3, "delivered", 90],
    ["closed", [], 4, "closed", 100],
    ["closed", [kickoff, deliverable, closing], 4, "closed", 100],
  ] as const)("%s with %j: step %i (%s), %i %", (state, milestones, step, label, percent) => {
    expect(progressOf(state, milestones)).toEqual({ kind: "steps", step, of: 4, label, percent });
  });

  it("shows an abandoned support as abandoned, whatever its milestones", () => {
    expect(progressOf("abandoned", [])).toEqual({ kind: "abandoned" });
    expect(progressOf("abandoned", [kickoff, deliverable, closing])).toEqual({
      kind: "abandoned",
    });
  });

  it("always shows more at a later step, and stays within 0-100", () => {
    const milestone = fc.record({
      kind: fc.constantFrom(...milestoneKinds),
      done: fc.boolean(),
      files: fc.nat(3),
    });
    const lifecycle = ["planned", "in_progress", "delivered", "closed"] as const;
    fc.assert(
      fc.property(fc.array(milestone), fc.array(milestone), (earlier, later) => {
        const percents = lifecycle.map((state, index) => {
          const progress = progressOf(state, index < 2 ? earlier : later);
          if (progress.kind !== "steps") throw new Error("steps expected");
          expect(progress.step).toBe(index + 1);
          expect(progress.percent).toBeGreaterThanOrEqual(0);
          expect(progress.percent).toBeLessThanOrEqual(100);
          return progress.percent;
        });
        for (let index = 1; index < percents.length; index += 1) {
          expect(percents[index]).toBeGreaterThan(percents[index - 1] as number);
        }
      }),
    );
  });
});
