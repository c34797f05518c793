import { describe, expect, it } from "vitest";
import { parseFundingRequest } from "./funding.schema";

const body = {
  programme: "digitess",
  level: "scoping",
  totalCostCents: 1_000_000,
  ratePercent: 60,
};
const fieldsOf = (input: unknown) => {
  const result = parseFundingRequest(input);
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe("parseFundingRequest", () => {
  it("accepts the API example, with or without a rate", () => {
    expect(parseFundingRequest(body)).toEqual({ ok: true, value: body });
    const { ratePercent: _, ...withoutRate } = body;
    expect(parseFundingRequest(withoutRate)).toEqual({ ok: true, value: withoutRate });
  });

  it("accepts a rate outside the level's range: that is a 422, decided later", () => {
    expect(parseFundingRequest({ ...body, ratePercent: 90 }).ok).toBe(true);
  });

  it.each([
    ["level", "cadrage"],
    ["level", ""],
    ["level", 2],
    ["totalCostCents", -1],
    ["totalCostCents", 10.5],
    ["totalCostCents", "1000000"],
    ["totalCostCents", null],
    ["totalCostCents", 100_000_000_001],
    ["totalCostCents", 1e20],
    ["ratePercent", 60.5],
    ["ratePercent", -1],
    ["ratePercent", 101],
    ["ratePercent", "60"],
    ["ratePercent", null],
    ["programme", "DIGITESS"],
    ["programme", 3],
  ])("names %s when it is %j", (field, value) => {
    expect(fieldsOf({ ...body, [field]: value })).toEqual([field]);
  });

  it.each(["programme", "level", "totalCostCents"])("says %s is required", (field) => {
    const input: Record<string, unknown> = { ...body };
    delete input[field];
    expect(parseFundingRequest(input)).toEqual({
      ok: false,
      errors: [{ field, message: "Ce champ est obligatoire." }],
    });
  });

  it("explains each error in French", () => {
    const result = parseFundingRequest({
      ...body,
      level: "x",
      totalCostCents: 1e12,
      ratePercent: 5.5,
      euros: 3,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "level", message: "Choisissez un échelon : diagnostic, scoping ou production." },
        {
          field: "totalCostCents",
          message: "Le coût total ne peut pas dépasser 1 milliard d'euros.",
        },
        { field: "ratePercent", message: "Indiquez le taux en pourcentage entier, de 0 à 100." },
        { field: "euros", message: "Ce champ n'est pas attendu." },
      ],
    });
  });

  it.each([null, "text", [body], 5])("refuses a body that is not an object: %j", (input) => {
    expect(parseFundingRequest(input)).toEqual({
      ok: false,
      errors: [{ field: "body", message: "La demande doit être un objet JSON." }],
    });
  });
});
