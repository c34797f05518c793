import { describe, expect, it } from "vitest";
import {
  completeDraft,
  levelsValues,
  testProgram,
} from "../../../tests/factories/application-values";
import {
  chosenLevels,
  eligibilityAnswersOf,
  rawValuesFromForm,
  readDraftData,
  stepFieldNames,
  validateApplication,
  withStepValues,
} from "./draft";

describe("raw values", () => {
  it("keeps only the step's fields, strings, lists for repeated names", () => {
    const form = new FormData();
    form.append("situation", "Sur papier");
    form.append("axes", "housing");
    form.append("axes", "caregivers");
    form.append("intent", "continue");
    form.append("name", "not a step 2 field");
    form.append("needs", new File(["x"], "x.txt"));
    expect(rawValuesFromForm(2, form)).toEqual({
      situation: "Sur papier",
      axes: ["housing", "caregivers"],
    });
  });
  it("caps the length of what is stored", () => {
    const form = new URLSearchParams({ situation: "x".repeat(20_000) });
    expect((rawValuesFromForm(2, form).situation as string).length).toBe(10_000);
  });
  it("knows every step's fields (step 4 has none)", () => {
    expect(stepFieldNames(4)).toEqual([]);
    expect(stepFieldNames(3)).toContain("productionRatePercent");
    expect(stepFieldNames(5)).toEqual([
      "swornStatement",
      "dataConsent",
      "signatoryName",
      "signatoryRole",
    ]);
  });
});

describe("stored draft", () => {
  it("reads back what was stored and ignores anything else", () => {
    const stored = JSON.parse(JSON.stringify(withStepValues({ steps: {} }, 3, levelsValues)));
    stored.steps["9"] = { evil: "x" };
    stored.steps["3"].unknown = "y";
    expect(readDraftData(stored)).toEqual({ steps: { "3": levelsValues } });
    expect(readDraftData(null)).toEqual({ steps: {} });
    expect(readDraftData({ steps: "nope" })).toEqual({ steps: {} });
  });
  it("tells the levels ticked even when the step is incomplete", () => {
    expect(chosenLevels({ steps: { "3": { levels: "production" } } })).toEqual(["production"]);
    expect(chosenLevels({ steps: {} })).toEqual([]);
  });
});

describe("validateApplication", () => {
  it("accepts a complete draft with its two required documents", () => {
    const result = validateApplication(completeDraft, testProgram, ["statutes", "accounts"]);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.values.levels.map((level) => level.kind)).toEqual(["diagnostic", "scoping"]);
  });
  it("lists every problem with its step and field", () => {
    const draft = {
      steps: {
        ...completeDraft.steps,
        "1": { ...completeDraft.steps["1"], postcode: "" },
        "5": {},
      },
    };
    const result = validateApplication(draft, testProgram, ["accounts"]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { step: 1, field: "postcode", message: "applications.error.required" },
        { step: 4, field: "statutes", message: "applications.error.missingDocument.statutes" },
        { step: 5, field: "swornStatement", message: "applications.error.swornStatement" },
        { step: 5, field: "dataConsent", message: "applications.error.dataConsent" },
        { step: 5, field: "signatoryName", message: "applications.error.required" },
        { step: 5, field: "signatoryRole", message: "applications.error.required" },
      ]);
    }
  });
});

describe("eligibilityAnswersOf", () => {
  it("turns the organisation and the project into the eligibility answers", () => {
    const result = validateApplication(completeDraft, testProgram, ["statutes", "accounts"]);
    if (!result.ok) throw new Error("draft should be valid");
    expect(eligibilityAnswersOf(result.values)).toEqual({
      legalForm: "9220",
      esus: null,
      creationDate: "2015-09-15",
      axes: ["housing"],
      departement: "13",
    });
    const company = {
      ...result.values,
      organization: { ...result.values.organization, legalForm: "company_esus" },
    };
    expect(eligibilityAnswersOf(company)).toMatchObject({ legalForm: "5710", esus: true });
    const unknown = {
      ...result.values,
      organization: { ...result.values.organization, legalForm: "unknown" },
    };
    expect(eligibilityAnswersOf(unknown)).toMatchObject({ legalForm: null, esus: null });
  });
});
