import { describe, expect, it } from "vitest";
import { recommendNextStep } from "./next-step";

describe("recommendNextStep (first matching rule wins)", () => {
  it("recommends the diagnostic when there is no project, whatever the score and owner", () => {
    expect(recommendNextStep(0, 2, 100)).toEqual({ level: "diagnostic", reason: "no_project" });
    expect(recommendNextStep(0, 0, 10)).toEqual({ level: "diagnostic", reason: "no_project" });
  });

  it("recommends the diagnostic under a global score of 26, even with a specified project", () => {
    expect(recommendNextStep(2, 2, 25)).toEqual({ level: "diagnostic", reason: "low_maturity" });
    expect(recommendNextStep(1, 1, 0)).toEqual({ level: "diagnostic", reason: "low_maturity" });
  });

  it("recommends scoping for an idea, from a global score of 26", () => {
    expect(recommendNextStep(1, 0, 26)).toEqual({ level: "scoping", reason: "idea_to_specify" });
    expect(recommendNextStep(1, 2, 90)).toEqual({ level: "scoping", reason: "idea_to_specify" });
  });

  it("recommends production for specifications with someone to carry the project", () => {
    const expected = { level: "production", reason: "specified_with_owner" };
    expect(recommendNextStep(2, 1, 26)).toEqual(expected);
    expect(recommendNextStep(2, 2, 60)).toEqual(expected);
  });

  it("recommends scoping for specifications with nobody to carry the project", () => {
    expect(recommendNextStep(2, 0, 80)).toEqual({
      level: "scoping",
      reason: "specified_without_owner",
    });
  });
});
