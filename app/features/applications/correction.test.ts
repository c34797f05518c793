import { describe, expect, it } from "vitest";
import { editableSteps, isStepEditable } from "./correction";
import { formSteps } from "./rules";

describe("editable steps", () => {
  it("every step of a draft, whatever a stale correction says", () => {
    expect(editableSteps("draft", null)).toEqual([1, 2, 3, 4, 5]);
    expect(editableSteps("draft", [2])).toEqual([1, 2, 3, 4, 5]);
  });

  it("only the named steps in correction, in form order, unknown numbers ignored", () => {
    expect(editableSteps("correction_requested", [4, 2])).toEqual([2, 4]);
    expect(editableSteps("correction_requested", [0, 6, 3])).toEqual([3]);
    expect(editableSteps("correction_requested", [])).toEqual([]);
  });

  it("nothing in correction without an open request", () => {
    expect(editableSteps("correction_requested", null)).toEqual([]);
  });

  it.each([
    "submitted",
    "in_review",
    "information_requested",
    "ready_for_committee",
    "declared_ineligible",
    "withdrawn",
    "accepted",
  ])("nothing in %s", (status) => {
    expect(editableSteps(status, [1, 2, 3, 4, 5])).toEqual([]);
    for (const step of formSteps) expect(isStepEditable(status, [1, 2, 3, 4, 5], step)).toBe(false);
  });

  it("isStepEditable follows editableSteps", () => {
    expect(isStepEditable("correction_requested", [2], 2)).toBe(true);
    expect(isStepEditable("correction_requested", [2], 3)).toBe(false);
    expect(isStepEditable("draft", null, 4)).toBe(true);
  });
});
