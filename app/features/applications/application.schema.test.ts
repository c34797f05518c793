import { describe, expect, it } from "vitest";
import {
  declarationsValues,
  levelsValues,
  organizationValues,
  projectValues,
  testProgram,
} from "../../../tests/factories/application-values";
import {
  declarationsStepSchema,
  levelsStepSchema,
  organizationStepSchema,
  projectStepSchema,
} from "./application.schema";

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]),
  );
}

describe("organization step", () => {
  it("accepts the organisation's details and types the numbers", () => {
    const result = organizationStepSchema.safeParse({ ...organizationValues, postcode: "13 001" });
    expect(result.success && result.data).toMatchObject({
      postcode: "13001",
      employees: 3,
      volunteers: 25,
      website: undefined,
    });
  });
  it("explains each wrong or missing field with a catalogue key", () => {
    const result = organizationStepSchema.safeParse({
      ...organizationValues,
      name: "  ",
      legalForm: "sarl",
      creationDate: "2015-02-30",
      postcode: "1300",
      departement: "20",
      employees: "trois",
      contactPhone: "appelez-moi",
    });
    expect(issues(result)).toEqual({
      name: "applications.error.required",
      legalForm: "applications.error.legalForm",
      creationDate: "applications.error.date",
      postcode: "applications.error.postcode",
      departement: "applications.error.departement",
      employees: "applications.error.number",
      contactPhone: "applications.error.phone",
    });
  });
  it("asks for every required field of an empty form", () => {
    expect(Object.keys(issues(organizationStepSchema.safeParse({}))).sort()).toEqual(
      [
        "name",
        "legalForm",
        "creationDate",
        "addressLine",
        "postcode",
        "commune",
        "departement",
        "employees",
        "volunteers",
        "contactName",
        "contactRole",
      ].sort(),
    );
  });
});

describe("project step", () => {
  const schema = projectStepSchema(testProgram);
  it("accepts one axis given as a single value or a list", () => {
    expect(schema.safeParse({ ...projectValues, axes: "housing" }).success).toBe(true);
    expect(schema.safeParse({ ...projectValues, axes: ["housing", "other"] }).success).toBe(true);
  });
  it("refuses no axis or an axis the programme does not have", () => {
    expect(issues(schema.safeParse({ ...projectValues, axes: [] }))).toEqual({
      axes: "applications.error.axes",
    });
    expect(issues(schema.safeParse({ ...projectValues, axes: ["culture"] })).axes).toBe(
      "applications.error.axes",
    );
  });
  it("refuses texts longer than 5 000 characters", () => {
    expect(issues(schema.safeParse({ ...projectValues, needs: "x".repeat(5001) }))).toEqual({
      needs: "applications.error.tooLong",
    });
  });
});

describe("levels step", () => {
  const schema = levelsStepSchema(testProgram);
  it("computes the amounts of each costed level on the server", () => {
    const result = schema.safeParse({
      ...levelsValues,
      levels: ["diagnostic", "scoping", "production"],
      productionTotalCost: "40 000,50",
      productionRatePercent: "25",
    });
    expect(result.success && result.data.levels).toEqual([
      {
        kind: "diagnostic",
        totalCostCents: null,
        ratePercent: 100,
        programmeShareCents: null,
        remainingCents: null,
        quotesNote: null,
      },
      {
        kind: "scoping",
        totalCostCents: 1_200_000,
        ratePercent: 75,
        programmeShareCents: 900_000,
        remainingCents: 300_000,
        quotesNote: "Devis de Numérique Solidaire : 12 000 €",
      },
      {
        kind: "production",
        totalCostCents: 4_000_050,
        ratePercent: 25,
        // 40 000,50 € × 25 % = 10 000,125 € -> 10 000,13 € (half up)
        programmeShareCents: 1_000_013,
        remainingCents: 3_000_037,
        quotesNote: null,
      },
    ]);
  });
  it("ignores the cost fields of levels not chosen", () => {
    const result = schema.safeParse({
      levels: "diagnostic",
      productionTotalCost: "n'importe quoi",
    });
    expect(result.success && result.data.levels.map((level) => level.kind)).toEqual(["diagnostic"]);
  });
  it("requires at least one level the programme offers", () => {
    expect(issues(schema.safeParse({}))).toEqual({ levels: "applications.error.levels" });
    expect(issues(schema.safeParse({ levels: ["coaching"] }))).toEqual({
      levels: "applications.error.levels",
    });
  });
  it("checks cost, ceiling and rate bounds of the programme", () => {
    expect(issues(schema.safeParse({ levels: ["scoping"] }))).toEqual({
      scopingTotalCost: "applications.error.required",
      scopingRatePercent: "applications.error.required",
    });
    expect(
      issues(
        schema.safeParse({ levels: ["scoping"], scopingTotalCost: "0", scopingRatePercent: "80" }),
      ),
    ).toEqual({
      scopingTotalCost: "applications.error.amount",
      scopingRatePercent: "applications.error.rate",
    });
    expect(
      issues(
        schema.safeParse({
          levels: ["scoping"],
          scopingTotalCost: "30 000,01",
          scopingRatePercent: "55",
        }),
      ),
    ).toEqual({ scopingTotalCost: "applications.error.costCeiling" });
    expect(
      issues(
        schema.safeParse({
          levels: ["production"],
          productionTotalCost: "5000",
          productionRatePercent: "24",
        }),
      ),
    ).toEqual({ productionRatePercent: "applications.error.rate" });
    expect(
      issues(
        schema.safeParse({
          levels: ["production"],
          productionTotalCost: "5000",
          productionRatePercent: "50,5",
        }),
      ),
    ).toEqual({ productionRatePercent: "applications.error.rate" });
  });
  it("accepts the bounds themselves", () => {
    for (const rate of ["55", "75", "55 %"]) {
      expect(
        schema.safeParse({
          levels: ["scoping"],
          scopingTotalCost: "30 000",
          scopingRatePercent: rate,
        }).success,
      ).toBe(true);
    }
  });
});

describe("declarations step", () => {
  it("requires both boxes ticked and a signatory", () => {
    expect(declarationsStepSchema.safeParse(declarationsValues).success).toBe(true);
    expect(issues(declarationsStepSchema.safeParse({ signatoryName: "N. Martin" }))).toEqual({
      swornStatement: "applications.error.swornStatement",
      dataConsent: "applications.error.dataConsent",
      signatoryRole: "applications.error.required",
    });
  });
});
