import { describe, expect, it } from "vitest";
import { prefillProjectStep } from "./prefill";

const axes = [{ code: "housing" }, { code: "employment" }, { code: "inclusion" }];

describe("prefillProjectStep", () => {
  it("ticks the programme's axes the profile declares, in the profile's order", () => {
    expect(
      prefillProjectStep({ actionAxes: ["inclusion", "housing"], otherActions: null }, axes),
    ).toEqual({ axes: ["inclusion", "housing"] });
  });

  it("ticks 'other' when the profile describes other fields of action", () => {
    expect(
      prefillProjectStep(
        { actionAxes: ["housing"], otherActions: "Culture en milieu rural" },
        axes,
      ),
    ).toEqual({ axes: ["housing", "other"] });
    expect(prefillProjectStep({ actionAxes: [], otherActions: "Sport" }, axes)).toEqual({
      axes: ["other"],
    });
  });

  it("leaves out codes the programme does not have, and asks nothing when nothing is left", () => {
    expect(
      prefillProjectStep({ actionAxes: ["sport", "culture"], otherActions: null }, axes),
    ).toBeNull();
    expect(prefillProjectStep({ actionAxes: [], otherActions: "   " }, axes)).toBeNull();
    expect(prefillProjectStep({ actionAxes: ["housing"], otherActions: null }, [])).toBeNull();
  });
});
