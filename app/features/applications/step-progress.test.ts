import { describe, expect, it } from "vitest";
import { completeDraft, testProgram } from "../../../tests/factories/application-values";
import { validateApplication } from "./draft";
import { problemCountsByStep, stepStates } from "./step-progress";

const none = problemCountsByStep([]);
const problemsOf = (steps: Record<string, Record<string, string | string[]>>, kinds: string[]) => {
  const result = validateApplication({ steps }, testProgram, kinds);
  return result.ok ? [] : result.problems;
};

describe("problemCountsByStep", () => {
  it("counts the points to complete per form step, zero where there are none", () => {
    expect(none).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
    expect(
      problemCountsByStep([{ step: 2 }, { step: 2 }, { step: 4 }, { step: 5 }, { step: 2 }]),
    ).toEqual({ 1: 0, 2: 3, 3: 0, 4: 1, 5: 1 });
  });

  it("counts what the summary lists for a new draft, and nothing for a complete one", () => {
    const fresh = problemsOf({}, []);
    const counts = problemCountsByStep(fresh);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(fresh.length);
    for (const step of [1, 2, 3, 4, 5]) expect(counts[step]).toBeGreaterThan(0);
    expect(counts[4]).toBe(2);
    expect(
      problemCountsByStep(problemsOf(completeDraft.steps as never, ["statutes", "accounts"])),
    ).toEqual(none);
  });
});

describe("stepStates", () => {
  it("announces every opened step of a new draft as incomplete, with its number of points", () => {
    // Steps 2 to 5 were opened (the furthest step is 5) without filling anything.
    const counts = { 1: 0, 2: 6, 3: 1, 4: 0, 5: 4 };
    expect(stepStates({ step: 6, reachedStep: 6, problemCounts: counts })).toEqual([
      { kind: "complete" },
      { kind: "incomplete", count: 6 },
      { kind: "incomplete", count: 1 },
      { kind: "complete" },
      { kind: "incomplete", count: 4 },
      { kind: "current" },
    ]);
  });

  it("says 'to come' beyond the furthest step reached, and for the summary", () => {
    expect(stepStates({ step: 2, reachedStep: 2, problemCounts: none })).toEqual([
      { kind: "complete" },
      { kind: "current" },
      { kind: "todo" },
      { kind: "todo" },
      { kind: "todo" },
      { kind: "todo" },
    ]);
    // Back on step 1 of a draft that went to step 4: steps 2 to 4 keep their real state.
    expect(
      stepStates({ step: 1, reachedStep: 4, problemCounts: { ...none, 3: 2 } }).map((s) => s.kind),
    ).toEqual(["current", "complete", "incomplete", "complete", "todo", "todo"]);
    // Everything complete: the summary is still to do (sending).
    expect(stepStates({ step: 5, reachedStep: 6, problemCounts: none }).at(-1)).toEqual({
      kind: "todo",
    });
  });

  it("uses the current step even when the stored furthest step is behind it", () => {
    expect(
      stepStates({ step: 3, reachedStep: 1, problemCounts: { ...none, 1: 2 } }).map((s) => s.kind),
    ).toEqual(["incomplete", "complete", "current", "todo", "todo", "todo"]);
  });
});
