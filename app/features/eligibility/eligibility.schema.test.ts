import { describe, expect, it } from "vitest";
import { parseEligibilityRequest } from "./eligibility.schema";

const body = {
  programme: "digitess",
  legalForm: "9220",
  esus: false,
  creationDate: "2019-05-14",
  axes: ["housing"],
  departement: "13",
  onDate: "2026-11-22",
};
const now = new Date("2026-03-31T22:30:00Z"); // already 1 April in Paris

const fieldsOf = (input: unknown) => {
  const result = parseEligibilityRequest(input, { now });
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe("parseEligibilityRequest", () => {
  it("accepts the API example as it is", () => {
    expect(parseEligibilityRequest(body, { now })).toEqual({ ok: true, value: body });
  });

  it("defaults onDate to today in Europe/Paris", () => {
    const { onDate: _, ...withoutDate } = body;
    const result = parseEligibilityRequest(withoutDate, { now });
    expect(result.ok && result.value.onDate).toBe("2026-04-01");
  });

  it.each([
    [{ legalForm: null }],
    [{ legalForm: "5710", esus: true }],
    [{ axes: [] }],
    [{ axes: ["housing", "other", "caregivers"] }],
    [{ departement: "2A" }],
    [{ departement: "2B" }],
    [{ departement: "971" }],
    [{ departement: "975" }],
    [{ departement: "976" }],
    [{ creationDate: "2020-02-29" }],
    [{ onDate: "2028-02-29" }],
  ])("accepts %j", (changes) => {
    expect(fieldsOf({ ...body, ...changes })).toEqual([]);
  });

  it("removes duplicate axes", () => {
    const result = parseEligibilityRequest({ ...body, axes: ["housing", "housing"] }, { now });
    expect(result.ok && result.value.axes).toEqual(["housing"]);
  });

  it.each([
    ["legalForm", "922"],
    ["legalForm", "92200"],
    ["legalForm", "ABCD"],
    ["legalForm", 9220],
    ["legalForm", ""],
    ["esus", "false"],
    ["esus", null],
    ["esus", 0],
    ["creationDate", "2023-02-29"],
    ["creationDate", "2019-13-01"],
    ["creationDate", "14/05/2019"],
    ["creationDate", "2019-05-14T10:00:00Z"],
    ["creationDate", null],
    ["axes", ["Logement"]],
    ["axes", ["habitat social"]],
    ["axes", "housing"],
    ["axes", null],
    ["axes", [1]],
    ["departement", "20"],
    ["departement", "96"],
    ["departement", "977"],
    ["departement", "2a"],
    ["departement", 13],
    ["departement", "13001"],
    ["departement", null],
    ["onDate", "2026-02-30"],
    ["onDate", null],
    ["programme", "Digit'ESS"],
    ["programme", ""],
    ["programme", 1],
  ])("names %s when it is %j", (field, value) => {
    expect(fieldsOf({ ...body, [field]: value })).toEqual([field]);
  });

  it.each(["programme", "legalForm", "esus", "creationDate", "axes", "departement"])(
    "says %s is required when missing",
    (field) => {
      const input: Record<string, unknown> = { ...body };
      delete input[field];
      const result = parseEligibilityRequest(input, { now });
      expect(result).toEqual({
        ok: false,
        errors: [{ field, message: "Ce champ est obligatoire." }],
      });
    },
  );

  it("names every invalid field at once, with a French message each", () => {
    const result = parseEligibilityRequest(
      { ...body, legalForm: "12", esus: "oui", departement: "2C", creationDate: "2019-02-30" },
      { now },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: "legalForm",
          message:
            "Indiquez la catégorie juridique INSEE en 4 chiffres, ou null si vous ne la connaissez pas.",
        },
        { field: "esus", message: "Indiquez true ou false pour l'agrément ESUS." },
        {
          field: "creationDate",
          message: "Indiquez une date de création réelle, au format AAAA-MM-JJ.",
        },
        {
          field: "departement",
          message: "Indiquez un code de département : 01 à 95, 2A, 2B ou 971 à 976.",
        },
      ],
    });
  });

  it("refuses unknown fields by name", () => {
    expect(fieldsOf({ ...body, siret: "123", extra: 1 })).toEqual(["siret", "extra"]);
  });

  it("names a key without a name 'body', never an empty field (found by the bad-input suite)", () => {
    expect(fieldsOf({ ...body, "": "x" })).toEqual(["body"]);
  });

  it.each([null, undefined, "text", 42, [body], true])(
    "refuses a body that is not an object: %j",
    (input) => {
      expect(parseEligibilityRequest(input, { now })).toEqual({
        ok: false,
        errors: [{ field: "body", message: "La demande doit être un objet JSON." }],
      });
    },
  );

  it("can answer in English", () => {
    const result = parseEligibilityRequest({ ...body, esus: "no" }, { now, locale: "en" });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: "esus", message: "Give true or false for the ESUS approval." }],
    });
  });
});
