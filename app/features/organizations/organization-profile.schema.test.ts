import { describe, expect, it } from "vitest";
import { en, fr } from "./messages";
import { buildOrganizationProfileSchema, messageKeys } from "./organization-profile.schema";

const NOW = new Date("2026-03-15T10:00:00Z");
const schema = buildOrganizationProfileSchema({ now: () => NOW });

/** What the form posts for an association, as strings (checkboxes "on" or absent). */
const form = {
  name: "Les Jardins de la Belle de Mai",
  siret: "812 345 676 00017",
  rna: "",
  legalForm: "9220",
  creationDate: "2016-04-12",
  addressLine: " 12 rue d'Oran ",
  postcode: "13 003",
  commune: "Marseille",
  departement: "",
  website: "",
  essMember: "on",
  employees: "2",
  volunteers: "14",
  annualBudgetBand: "from_10k_to_50k",
  actionAxes: ["housing", "health_prevention"],
  otherActions: "",
};

function errorsOf(input: unknown, parser = schema): Record<string, string[]> {
  const result = parser.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

describe("organisation profile schema", () => {
  it("parses a complete form", () => {
    expect(schema.parse(form)).toEqual({
      name: "Les Jardins de la Belle de Mai",
      siret: "81234567600017",
      legalForm: { code: "9220" },
      creationDate: "2016-04-12",
      addressLine: "12 rue d'Oran",
      postcode: "13003",
      commune: "Marseille",
      essMember: true,
      esusApproved: false,
      employees: 2,
      volunteers: 14,
      annualBudgetBand: "from_10k_to_50k",
      actionAxes: ["housing", "health_prevention"],
    });
  });

  it("refuses a company « sans l'agrément ESUS » whose ESUS approval is ticked, on the legal form", () => {
    expect(errorsOf({ ...form, legalForm: "company_not_esus", esusApproved: "on" })).toEqual({
      legalForm: ["organizations.legalForm.esusConflict"],
    });
    expect(schema.parse({ ...form, legalForm: "company_esus" })).toMatchObject({
      legalForm: { code: "5710", esus: true },
      esusApproved: false,
    });
  });

  it("uses catalogue keys as messages by default, and every key exists", () => {
    expect(messageKeys["organizations.commune.required"]).toBe("organizations.commune.required");
    expect(Object.keys(messageKeys)).toEqual(Object.keys(fr));
    expect(errorsOf({ ...form, commune: " " })).toEqual({
      commune: ["organizations.commune.required"],
    });
  });

  it("reports every wrong field at once, in French when asked", () => {
    const french = buildOrganizationProfileSchema({ messages: fr, now: () => NOW });
    expect(
      errorsOf(
        { ...form, siret: "81234567600018", commune: "", actionAxes: [], employees: "-1" },
        french,
      ),
    ).toEqual({
      siret: [fr["organizations.siret.checksum"]],
      commune: [fr["organizations.commune.required"]],
      employees: [fr["organizations.employees.invalid"]],
      actionAxes: [fr["organizations.actionAxes.required"]],
    });
    const english = buildOrganizationProfileSchema({ messages: en, now: () => NOW });
    expect(errorsOf({ ...form, commune: "" }, english)).toEqual({
      commune: [en["organizations.commune.required"]],
    });
  });

  describe("checkboxes", () => {
    it("read 'on' as true and absence as false", () => {
      const parsed = schema.parse({ ...form, essMember: undefined, esusApproved: "on" });
      expect(parsed.essMember).toBe(false);
      expect(parsed.esusApproved).toBe(true);
    });

    it("read one ticked axis as a list, and drop duplicates", () => {
      expect(schema.parse({ ...form, actionAxes: "caregivers" }).actionAxes).toEqual([
        "caregivers",
      ]);
      expect(schema.parse({ ...form, actionAxes: ["housing", "housing"] }).actionAxes).toEqual([
        "housing",
      ]);
    });

    it.each([undefined, "", []])("require at least one axis (%j)", (actionAxes) => {
      expect(errorsOf({ ...form, actionAxes })).toEqual({
        actionAxes: ["organizations.actionAxes.required"],
      });
    });
  });

  describe("axes", () => {
    const offered = buildOrganizationProfileSchema({ now: () => NOW, axisCodes: ["housing"] });

    it("accept only the offered codes and 'other' when the list is given", () => {
      expect(offered.parse({ ...form, actionAxes: ["housing"] }).actionAxes).toEqual(["housing"]);
      expect(errorsOf({ ...form, actionAxes: ["employment"] }, offered)).toEqual({
        "actionAxes.0": ["organizations.actionAxes.required"],
      });
    });

    it("refuse malformed codes even without a list", () => {
      expect(errorsOf({ ...form, actionAxes: ["<script>"] })).toEqual({
        "actionAxes.0": ["organizations.actionAxes.required"],
      });
    });

    it("ask to describe 'other'", () => {
      expect(errorsOf({ ...form, actionAxes: ["other"] }, offered)).toEqual({
        otherActions: ["organizations.otherActions.required"],
      });
      const parsed = offered.parse({ ...form, actionAxes: ["other"], otherActions: " Culture " });
      expect(parsed).toMatchObject({ actionAxes: ["other"], otherActions: "Culture" });
    });

    it("limit the description to 500 characters", () => {
      expect(errorsOf({ ...form, otherActions: "a".repeat(501) })).toEqual({
        otherActions: ["organizations.otherActions.tooLong"],
      });
    });
  });

  describe("département", () => {
    it("is derived from the postcode when left empty", () => {
      expect(schema.parse(form).departement).toBeUndefined();
    });

    it("may be chosen, overseas included", () => {
      expect(schema.parse({ ...form, departement: "974" }).departement).toBe("974");
    });

    it("must be a known code", () => {
      expect(errorsOf({ ...form, departement: "99" })).toEqual({
        departement: ["organizations.departement.invalid"],
      });
    });

    it("must be chosen when the postcode gives none (98xxx)", () => {
      expect(errorsOf({ ...form, postcode: "98000" })).toEqual({
        departement: ["organizations.departement.required"],
      });
      expect(schema.parse({ ...form, postcode: "98000", departement: "06" }).departement).toBe(
        "06",
      );
    });

    it("is not asked for when the postcode itself is wrong", () => {
      expect(errorsOf({ ...form, postcode: "980" })).toEqual({
        postcode: ["organizations.postcode.format"],
      });
    });
  });

  it("limits the address and the commune", () => {
    expect(errorsOf({ ...form, addressLine: "a".repeat(301), commune: "b".repeat(101) })).toEqual({
      addressLine: ["organizations.addressLine.tooLong"],
      commune: ["organizations.commune.tooLong"],
    });
  });

  it("still requires a SIRET or an RNA number", () => {
    expect(errorsOf({ ...form, siret: "", rna: "" })).toEqual({
      siret: ["organizations.identifiers.missing"],
    });
  });
});
