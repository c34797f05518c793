import { describe, expect, it } from "vitest";
import { defaultOrganization } from "../../../tests/factories/organizations";
import { buildOrganizationProfileSchema } from "./organization-profile.schema";
import {
  changedColumns,
  columnsFromProfile,
  formValuesFromRecord,
  type OrganizationRecord,
} from "./organization-record";

const schema = buildOrganizationProfileSchema({ now: () => new Date("2026-03-15T10:00:00Z") });

const profileForm = {
  name: "Les Jardins Créoles",
  siret: "79876543400013",
  rna: "W9R2004567",
  legalForm: "9220",
  creationDate: "2013-11-20",
  postcode: "97400",
  commune: "Saint-Denis",
  employees: "0",
  volunteers: "8",
  annualBudgetBand: "under_10k",
  actionAxes: ["caregivers", "other"],
  otherActions: "Jardins partagés",
};
const profile = schema.parse(profileForm);

describe("columns from a profile", () => {
  it("derive the SIREN, the département and the région (overseas included)", () => {
    expect(columnsFromProfile(profile)).toEqual({
      siren: "798765434",
      siret: "79876543400013",
      rna: "W9R2004567",
      name: "Les Jardins Créoles",
      legalFormCode: "9220",
      legalFormChoice: null,
      creationDate: "2013-11-20",
      addressLine: null,
      postcode: "97400",
      commune: "Saint-Denis",
      departement: "974",
      region: "La Réunion",
      essMember: false,
      esusApproved: false,
      website: null,
      employees: 0,
      volunteers: 8,
      budgetBand: "under_10k",
      actionAxes: ["caregivers", "other"],
      otherActions: "Jardins partagés",
    });
  });

  it("store the code of a plain-language choice, and the ESUS answer a company choice gives", () => {
    const parse = (legalForm: string, esusApproved = "") =>
      columnsFromProfile(schema.parse({ ...profileForm, legalForm, esusApproved }));
    expect(parse("foundation")).toMatchObject({ legalFormCode: "9300", esusApproved: false });
    expect(parse("company_esus")).toMatchObject({ legalFormCode: "5710", esusApproved: true });
    expect(parse("company_not_esus")).toMatchObject({ legalFormCode: "5710", esusApproved: false });
    expect(parse("unknown", "on")).toMatchObject({ legalFormCode: null, esusApproved: true });
    expect(parse("9230")).toMatchObject({ legalFormCode: "9230" });
  });

  it("have no SIREN for an association known by its RNA number only", () => {
    expect(columnsFromProfile({ ...profile, siret: undefined }).siren).toBeNull();
  });
});

describe("form values from a record", () => {
  const record = {
    ...defaultOrganization,
    id: "00000000-0000-4000-8000-000000000000",
    createdBy: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  } satisfies OrganizationRecord;

  it("round-trip through the schema", () => {
    const values = formValuesFromRecord({ ...record, siret: "81234567600017", siren: "812345676" });
    const parsed = schema.parse(values);
    expect(columnsFromProfile(parsed)).toEqual({
      ...defaultOrganization,
      siret: "81234567600017",
      siren: "812345676",
    });
  });

  it("round-trip every legal form, an unknown one and a precise code included", () => {
    for (const legalFormCode of [null, "9230", "5710", "5499"]) {
      for (const esusApproved of [false, true]) {
        const stored = { ...record, rna: "W133000123", legalFormCode, esusApproved };
        const columns = columnsFromProfile(schema.parse(formValuesFromRecord(stored)));
        expect(columns).toMatchObject({ legalFormCode, esusApproved });
      }
    }
    expect(formValuesFromRecord({ ...record, legalFormCode: null }).legalForm).toBe("unknown");
  });

  it("keep a choice made by hand through an edit, and an exact code without a choice", () => {
    for (const choice of ["company_not_esus", "company_esus", "scic", "cooperative_other"]) {
      const first = columnsFromProfile(schema.parse({ ...profileForm, legalForm: choice }));
      expect(first.legalFormChoice).toBe(choice);
      const stored = { ...record, ...first };
      expect(formValuesFromRecord(stored).legalForm).toBe(choice);
      expect(columnsFromProfile(schema.parse(formValuesFromRecord(stored)))).toMatchObject({
        legalFormCode: first.legalFormCode,
        legalFormChoice: choice,
        esusApproved: first.esusApproved,
      });
    }
    expect(columnsFromProfile(schema.parse({ ...profileForm, legalForm: "5499" }))).toMatchObject({
      legalFormCode: "5499",
      legalFormChoice: null,
    });
  });

  it("leave the département on 'from the postcode' unless another one was chosen", () => {
    expect(formValuesFromRecord(record).departement).toBe("");
    expect(
      formValuesFromRecord({ ...record, postcode: "05110", departement: "04" }).departement,
    ).toBe("04");
  });
});

describe("changed columns", () => {
  it("list only what changed, before and after", () => {
    const after = { ...defaultOrganization, name: "Nouveau nom", actionAxes: ["housing", "other"] };
    expect(changedColumns(defaultOrganization, after)).toEqual({
      before: { name: "Association de test", actionAxes: ["housing"] },
      after: { name: "Nouveau nom", actionAxes: ["housing", "other"] },
    });
    expect(changedColumns(defaultOrganization, { ...defaultOrganization })).toEqual({
      before: {},
      after: {},
    });
  });
});
