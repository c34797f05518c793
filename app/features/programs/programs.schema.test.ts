import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  addAxisSchema,
  antennaSchema,
  eligibilityRulesSchema,
  programmeInfoSchema,
  reviewCriterionSchema,
  supportLevelSchema,
} from "./programs.schema";

/** Posts `entries` as a form would, and returns the value or the errors by field. */
function post<S extends z.ZodType>(schema: S, entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  const submission = parseWithZod(data, { schema });
  return submission.status === "success"
    ? { value: submission.value as z.output<S>, errors: undefined }
    : { value: undefined, errors: submission.error };
}

const level = (changes: Record<string, string>): [string, string][] =>
  Object.entries({
    intent: "level",
    kind: "scoping",
    label: "Cadrage",
    description: "",
    minRatePercent: "55",
    maxRatePercent: "75",
    costCeiling: "",
    ...changes,
  });

describe("supportLevelSchema", () => {
  it("accepts the Digit'ESS scoping level", () => {
    expect(post(supportLevelSchema, level({})).value).toMatchObject({
      kind: "scoping",
      minRatePercent: 55,
      maxRatePercent: 75,
      costCeiling: null,
    });
  });

  it("reads the ceiling in euros as cents", () => {
    expect(post(supportLevelSchema, level({ costCeiling: "15 000,50" })).value?.costCeiling).toBe(
      1_500_050,
    );
  });

  it("refuses a minimum above the maximum, on the maximum field", () => {
    expect(post(supportLevelSchema, level({ minRatePercent: "80" })).errors).toEqual({
      maxRatePercent: ["programs.error.minAboveMax"],
    });
  });

  it.each(["-1", "101", "55,5", "abc", ""])("refuses the rate %j", (rate) => {
    expect(
      post(supportLevelSchema, level({ minRatePercent: rate })).errors?.minRatePercent,
    ).toEqual(["programs.error.rate"]);
  });

  it("refuses an unknown kind, an empty label and a bad ceiling", () => {
    expect(
      post(supportLevelSchema, level({ kind: "cadrage", label: " ", costCeiling: "beaucoup" }))
        .errors,
    ).toEqual({
      kind: ["programs.error.levelKind"],
      label: ["programs.error.labelRequired"],
      costCeiling: ["programs.error.amount"],
    });
  });
});

describe("programmeInfoSchema", () => {
  const info = (changes: Record<string, string>): [string, string][] =>
    Object.entries({ intent: "info", name: "Digit'ESS", status: "open", ...changes });

  it("reads French dates and an optional target", () => {
    expect(
      post(
        programmeInfoSchema,
        info({ startsOn: "01/01/2025", endsOn: "2027-12-31", targetSupportedCount: "100" }),
      ).value,
    ).toMatchObject({ startsOn: "2025-01-01", endsOn: "2027-12-31", targetSupportedCount: 100 });
    expect(post(programmeInfoSchema, info({})).value).toMatchObject({
      startsOn: null,
      endsOn: null,
      description: "",
    });
  });

  it("refuses an end before the start, an impossible date and an unknown status", () => {
    expect(
      post(programmeInfoSchema, info({ startsOn: "2027-01-01", endsOn: "2026-01-01" })).errors,
    ).toEqual({
      endsOn: ["programs.error.endsBeforeStart"],
    });
    expect(
      post(programmeInfoSchema, info({ startsOn: "31/02/2026", status: "paused" })).errors,
    ).toEqual({
      startsOn: ["programs.error.date"],
      status: ["programs.error.status"],
    });
  });
});

describe("antennaSchema", () => {
  const antenna = (changes: Record<string, string>): [string, string][] =>
    Object.entries({
      intent: "antenna",
      name: "Antenne Sud",
      city: "Marseille",
      departements: "13 83",
      ...changes,
    });

  it("reads the départements, in any separator, once each", () => {
    expect(
      post(antennaSchema, antenna({ departements: "13, 83;2a 13" })).value?.departements,
    ).toEqual(["13", "83", "2A"]);
  });

  it("refuses unknown codes, no département, a bad e-mail or phone", () => {
    expect(post(antennaSchema, antenna({ departements: "13 20" })).errors).toEqual({
      departements: ["programs.error.departements"],
    });
    expect(post(antennaSchema, antenna({ departements: " " })).errors).toEqual({
      departements: ["programs.error.antennaDepartementsRequired"],
    });
    expect(
      post(antennaSchema, antenna({ contactEmail: "marseille@", contactPhone: "appelez-nous" }))
        .errors,
    ).toEqual({ contactEmail: ["programs.error.email"], contactPhone: ["programs.error.phone"] });
  });
});

describe("eligibilityRulesSchema", () => {
  it("merges ticked legal forms, reads the ESUS checkbox and the territory", () => {
    const result = post(eligibilityRulesSchema, [
      ["intent", "eligibility"],
      ["acceptedLegalForms", "9220"],
      ["acceptedLegalForms", "9300"],
      ["otherLegalForms", "5499, 5710"],
      ["esusAccepted", "on"],
      ["minimumAgeYears", "3"],
      ["departements", "13 974 976"],
    ]);
    expect(result.value).toEqual({
      intent: "eligibility",
      acceptedLegalForms: ["9220", "9300"],
      otherLegalForms: ["5499", "5710"],
      esusAccepted: true,
      minimumAgeYears: 3,
      departements: ["13", "974", "976"],
    });
  });

  it("reads an unticked ESUS box as false and refuses bad codes", () => {
    const result = post(eligibilityRulesSchema, [
      ["intent", "eligibility"],
      ["otherLegalForms", "92"],
      ["minimumAgeYears", "-1"],
      ["departements", ""],
    ]);
    expect(result.errors).toEqual({
      otherLegalForms: ["programs.error.legalForms"],
      minimumAgeYears: ["programs.error.minimumAge"],
      departements: ["programs.error.territoryRequired"],
    });
  });
});

describe("addAxisSchema and reviewCriterionSchema", () => {
  it("refuses the reserved axis code and badly formed codes", () => {
    expect(
      post(addAxisSchema, [
        ["intent", "addAxis"],
        ["code", "other"],
        ["label", "Autre"],
      ]).errors,
    ).toEqual({
      code: ["programs.error.axisCodeReserved"],
    });
    expect(
      post(addAxisSchema, [
        ["intent", "addAxis"],
        ["code", "Santé"],
        ["label", "Santé"],
      ]).errors,
    ).toEqual({
      code: ["programs.error.axisCode"],
    });
  });

  it("keeps criterion weights between 1 and 5", () => {
    const criterion = (weight: string): [string, string][] => [
      ["intent", "criterion"],
      ["label", "Impact"],
      ["weight", weight],
    ];
    expect(post(reviewCriterionSchema, criterion("3")).value?.weight).toBe(3);
    expect(post(reviewCriterionSchema, criterion("6")).errors).toEqual({
      weight: ["programs.error.weight"],
    });
    expect(post(reviewCriterionSchema, criterion("0")).errors).toEqual({
      weight: ["programs.error.weight"],
    });
  });
});
