import { describe, expect, it } from "vitest";
import { describeLegalForm, legalFormSelection } from "./legal-form-field";

describe("legalFormSelection", () => {
  it.each([
    ["9220", null, "association"],
    ["9300", false, "foundation"],
    ["5458", null, "scop"],
    ["5710", true, "company_esus"],
    ["5710", false, "company_not_esus"],
  ] as const)("shows the code %s (ESUS %s) as the choice %s", (code, esus, choice) => {
    expect(legalFormSelection(code, esus)).toEqual({ selected: choice, exactCode: null });
  });

  it.each([
    ["9230", null],
    ["5499", false],
    ["7210", null],
    // From the register, a SAS whose ESUS approval nobody gave yet: the code, and the question.
    ["5710", null],
  ] as const)("offers the more precise code %s as it is", (code, esus) => {
    expect(legalFormSelection(code, esus)).toEqual({ selected: code, exactCode: code });
  });

  it("keeps a posted choice, and starts on nothing for an empty or unknown value", () => {
    expect(legalFormSelection("unknown", null)).toEqual({ selected: "unknown", exactCode: null });
    expect(legalFormSelection(" company_esus ", null)).toEqual({
      selected: "company_esus",
      exactCode: null,
    });
    expect(legalFormSelection("", false)).toEqual({ selected: "", exactCode: null });
  });
});

describe("describeLegalForm", () => {
  it("names every code the table knows, and only gives the number of the others", () => {
    expect(describeLegalForm("5710")).toEqual({
      kind: "code",
      code: "5710",
      label: "SAS, société par actions simplifiée",
    });
    expect(describeLegalForm("9230")).toMatchObject({
      label: "Association déclarée, reconnue d'utilité publique",
    });
    expect(describeLegalForm("1234")).toEqual({ kind: "code", code: "1234", label: null });
  });

  it("shows a choice made by hand as that choice, never as its representative code", () => {
    // An SARL entered by hand as "entreprise sans l'agrément ESUS" is stored with 5710 for the
    // rules: it must not read "SAS".
    expect(describeLegalForm("5710", "company_not_esus")).toEqual({
      kind: "choice",
      choice: "company_not_esus",
    });
    expect(describeLegalForm("9220", "association")).toEqual({
      kind: "choice",
      choice: "association",
    });
  });

  it("falls back to the code for 'je ne sais pas' or an unknown choice, and to nothing", () => {
    expect(describeLegalForm(null, "unknown")).toBeNull();
    expect(describeLegalForm(null)).toBeNull();
    expect(describeLegalForm("9300", "not-a-choice")).toMatchObject({ kind: "code", code: "9300" });
    expect(describeLegalForm("9300", "unknown")).toMatchObject({ kind: "code", code: "9300" });
  });
});
