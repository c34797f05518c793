import { describe, expect, it } from "vitest";
import { en, fr } from "./messages";
import {
  buildOrganizationIdentitySchema,
  latestFrenchDate,
  organizationIdentitySchema,
} from "./organization.schema";

// 2026-03-15 10:00 UTC, a fixed clock so "the future" does not move under the tests.
const NOW = new Date("2026-03-15T10:00:00Z");
const schema = buildOrganizationIdentitySchema({ now: () => NOW });

/** What the form posts for a small association, every field as a string. */
const validForm = {
  name: "Le Toit Partagé",
  siret: "732 829 320 00074",
  rna: "W751234567",
  legalForm: "9220",
  creationDate: "2012-05-03",
  postcode: "13001",
  website: "www.le-toit-partage.fr",
  employees: "3",
  volunteers: "25",
  annualBudgetBand: "from_50k_to_200k",
};

/** Parses and returns the messages of the issues, by field path. */
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

describe("organization identity schema", () => {
  it("parses a complete form and normalises its values", () => {
    expect(schema.parse(validForm)).toEqual({
      name: "Le Toit Partagé",
      siret: "73282932000074",
      rna: "W751234567",
      legalForm: { code: "9220" },
      creationDate: "2012-05-03",
      postcode: "13001",
      website: "https://www.le-toit-partage.fr",
      employees: 3,
      volunteers: 25,
      annualBudgetBand: "from_50k_to_200k",
    });
  });

  it("accepts already-typed numbers and the default clock", () => {
    const parsed = organizationIdentitySchema.parse({ ...validForm, employees: 0, volunteers: 1 });
    expect(parsed.employees).toBe(0);
    expect(parsed.volunteers).toBe(1);
  });

  describe("name", () => {
    it.each([undefined, "", "   "])("is required (%j)", (name) => {
      expect(errorsOf({ ...validForm, name })).toEqual({
        name: [fr["organizations.name.required"]],
      });
    });

    it("is trimmed and limited to 200 characters", () => {
      expect(schema.parse({ ...validForm, name: "  Asso  " }).name).toBe("Asso");
      expect(schema.parse({ ...validForm, name: "a".repeat(200) }).name).toHaveLength(200);
      expect(errorsOf({ ...validForm, name: "a".repeat(201) })).toEqual({
        name: [fr["organizations.name.tooLong"]],
      });
    });
  });

  describe("SIRET and RNA", () => {
    it("accepts a SIRET alone and an RNA number alone", () => {
      const siretOnly = schema.parse({ ...validForm, rna: "" });
      expect(siretOnly.siret).toBe("73282932000074");
      expect(siretOnly.rna).toBeUndefined();
      const rnaOnly = schema.parse({ ...validForm, siret: undefined, rna: "w 751 234 567" });
      expect(rnaOnly.siret).toBeUndefined();
      expect(rnaOnly.rna).toBe("W751234567");
    });

    it("requires at least one of them", () => {
      expect(errorsOf({ ...validForm, siret: "", rna: " " })).toEqual({
        siret: [fr["organizations.identifiers.missing"]],
      });
    });

    it("reports a missing identifier together with the other field errors", () => {
      expect(errorsOf({ ...validForm, siret: "", rna: undefined, postcode: "1300" })).toEqual({
        siret: [fr["organizations.identifiers.missing"]],
        postcode: [fr["organizations.postcode.format"]],
      });
    });

    it.each([
      ["73282932000075", "siret.checksum"],
      ["7328293200007", "siret.length"],
      ["732829320", "siret.looksLikeSiren"],
      ["W751234567", "siret.looksLikeRna"],
    ] as const)("rejects the SIRET %j with its own message", (siret, code) => {
      expect(errorsOf({ ...validForm, siret })).toEqual({ siret: [fr[`organizations.${code}`]] });
    });

    it("rejects an invalid RNA number even when the SIRET is valid", () => {
      expect(errorsOf({ ...validForm, rna: "W75" })).toEqual({
        rna: [fr["organizations.rna.format"]],
      });
    });

    it("does not add the missing-identifier error when an identifier is present but invalid", () => {
      expect(errorsOf({ ...validForm, siret: "123", rna: "" })).toEqual({
        siret: [fr["organizations.siret.length"]],
      });
    });
  });

  describe("legal form", () => {
    it.each([
      ["association", { code: "9220", choice: "association" }],
      ["foundation", { code: "9300", choice: "foundation" }],
      ["scic", { code: "5460", choice: "scic" }],
      ["mutual", { code: "8210", choice: "mutual" }],
      ["company_esus", { code: "5710", esus: true, choice: "company_esus" }],
      ["company_not_esus", { code: "5710", esus: false, choice: "company_not_esus" }],
      ["unknown", { code: null, choice: "unknown" }],
      // An exact code from the register or the record is kept as it is.
      ["9230", { code: "9230" }],
      [" 5499 ", { code: "5499" }],
    ] as const)(
      "maps the choice %j to its INSEE code, as the eligibility form does, and keeps the choice",
      (legalForm, answer) => {
        expect(schema.parse({ ...validForm, legalForm }).legalForm).toEqual(answer);
      },
    );

    it.each([
      [undefined, "legalForm.required"],
      ["922", "legalForm.format"],
      ["92200", "legalForm.format"],
      ["92A0", "legalForm.format"],
      ["company", "legalForm.format"],
      ["   ", "legalForm.required"],
    ] as const)("rejects %j", (legalForm, code) => {
      expect(errorsOf({ ...validForm, legalForm })).toEqual({
        legalForm: [fr[`organizations.${code}`]],
      });
    });
  });

  describe("creation date", () => {
    it("accepts today, including today in the overseas time zones ahead of Paris", () => {
      expect(schema.parse({ ...validForm, creationDate: "2026-03-15" }).creationDate).toBe(
        "2026-03-15",
      );
      // At 13:00 UTC it is already the next day in Wallis-et-Futuna (UTC+12).
      const lateSchema = buildOrganizationIdentitySchema({
        now: () => new Date("2026-03-15T13:00:00Z"),
      });
      expect(lateSchema.parse({ ...validForm, creationDate: "2026-03-16" }).creationDate).toBe(
        "2026-03-16",
      );
    });

    it.each([
      [undefined, "creationDate.required"],
      ["", "creationDate.required"],
      ["2026-03-16", "creationDate.future"],
      ["2062-01-01", "creationDate.future"],
      ["0212-01-01", "creationDate.tooOld"],
      ["2023-02-29", "creationDate.invalid"],
      ["03/05/2012", "creationDate.invalid"],
      ["2012-5-3", "creationDate.invalid"],
    ] as const)("rejects %j", (creationDate, code) => {
      expect(errorsOf({ ...validForm, creationDate })).toEqual({
        creationDate: [fr[`organizations.${code}`]],
      });
    });

    it("computes the latest calendar date in France", () => {
      expect(latestFrenchDate(new Date("2026-03-15T11:59:59Z"))).toBe("2026-03-15");
      expect(latestFrenchDate(new Date("2026-03-15T12:00:00Z"))).toBe("2026-03-16");
      expect(latestFrenchDate(new Date("2026-12-31T12:00:00Z"))).toBe("2027-01-01");
    });
  });

  describe("postcode", () => {
    it("accepts 5 digits, with inner spaces removed", () => {
      expect(schema.parse({ ...validForm, postcode: "97 400" }).postcode).toBe("97400");
      expect(schema.parse({ ...validForm, postcode: "01000" }).postcode).toBe("01000");
    });

    it.each([
      [undefined, "postcode.required"],
      ["1300", "postcode.format"],
      ["130011", "postcode.format"],
      ["2A004", "postcode.format"],
    ] as const)("rejects %j", (postcode, code) => {
      expect(errorsOf({ ...validForm, postcode })).toEqual({
        postcode: [fr[`organizations.${code}`]],
      });
    });
  });

  describe("website", () => {
    it.each([
      ["www.asso.fr", "https://www.asso.fr"],
      ["asso.fr/contact", "https://asso.fr/contact"],
      ["http://asso.fr", "http://asso.fr"],
      ["HTTPS://Asso.fr", "HTTPS://Asso.fr"],
      ["  https://asso.fr/a?b=c  ", "https://asso.fr/a?b=c"],
      ["crèche-solidaire.fr", "https://crèche-solidaire.fr"],
    ])("accepts %j as %j", (website, expected) => {
      expect(schema.parse({ ...validForm, website }).website).toBe(expected);
    });

    it.each([undefined, "", "  "])("is optional (%j)", (website) => {
      expect(schema.parse({ ...validForm, website }).website).toBeUndefined();
    });

    it.each([
      "asso",
      "mon asso.fr",
      "ftp://asso.fr",
      "javascript:alert(1)",
      "mailto:contact@asso.fr",
      "https://user:secret@asso.fr",
      "http://localhost",
    ])("rejects %j", (website) => {
      expect(errorsOf({ ...validForm, website })).toEqual({
        website: [fr["organizations.website.invalid"]],
      });
    });
  });

  describe("employees and volunteers", () => {
    it.each([
      ["0", 0],
      ["12", 12],
      ["1 200", 1200],
      [" 7 ", 7],
      [42, 42],
    ])("reads %j as %i", (value, expected) => {
      const parsed = schema.parse({ ...validForm, employees: value, volunteers: value });
      expect(parsed.employees).toBe(expected);
      expect(parsed.volunteers).toBe(expected);
    });

    it.each([undefined, ""])("are required (%j)", (value) => {
      expect(errorsOf({ ...validForm, employees: value, volunteers: value })).toEqual({
        employees: [fr["organizations.employees.required"]],
        volunteers: [fr["organizations.volunteers.required"]],
      });
    });

    it.each(["-1", -1, "2.5", 2.5, "deux", "1e3", 1_000_001, Number.NaN])("reject %j", (value) => {
      expect(errorsOf({ ...validForm, employees: value, volunteers: value })).toEqual({
        employees: [fr["organizations.employees.invalid"]],
        volunteers: [fr["organizations.volunteers.invalid"]],
      });
    });
  });

  describe("annual budget band", () => {
    it("accepts a known band", () => {
      expect(schema.parse({ ...validForm, annualBudgetBand: "over_5m" }).annualBudgetBand).toBe(
        "over_5m",
      );
    });

    it.each([undefined, "", "between_1_and_2", "Moins de 10 000 €"])("rejects %j", (band) => {
      expect(errorsOf({ ...validForm, annualBudgetBand: band })).toEqual({
        annualBudgetBand: [fr["organizations.budgetBand.required"]],
      });
    });
  });

  it("rejects input that is not an object without crashing", () => {
    expect(schema.safeParse(undefined).success).toBe(false);
    expect(schema.safeParse("name=x").success).toBe(false);
  });

  it("speaks English when built with the English catalogue", () => {
    const english = buildOrganizationIdentitySchema({ messages: en, now: () => NOW });
    expect(errorsOf({ ...validForm, siret: "", rna: "" }, english)).toEqual({
      siret: [en["organizations.identifiers.missing"]],
    });
  });
});
