import { describe, expect, it } from "vitest";
import { calendarDateIn } from "~/platform/format/dates";
import { formatEuros } from "~/platform/format/money";
import {
  columnLabel,
  columnValue,
  csvCell,
  daysInState,
  defaultExportColumns,
  type ExportRow,
  exportColumnIds,
  exportContentType,
  exportFileName,
  exportLine,
  exportLines,
  isExportColumnId,
  isExportFormat,
  orderColumns,
  savedColumns,
  xlsxCell,
} from "./export-columns";
import { en, fr } from "./messages-export";

const now = new Date("2026-12-02T10:00:00Z");
const row: ExportRow = {
  id: "00000000-0000-4000-8000-000000000001",
  number: "DE-2026-00042",
  status: "in_review",
  submittedAt: new Date("2026-11-30T23:30:00Z"), // 1 December in Paris
  statusChangedAt: new Date("2026-11-20T11:00:00Z"),
  organizationName: "Le Toit Partagé",
  siren: "123456789",
  siret: "12345678900011",
  departement: "13",
  region: "Provence-Alpes-Côte d'Azur",
  antennaName: "Antenne de Marseille",
  levels: [
    { kind: "production", totalCostCents: 1_000_000, programmeShareCents: 400_000 },
    { kind: "diagnostic", totalCostCents: 150_050, programmeShareCents: 150_050 },
  ],
  assignedToName: "Karim Benali",
  flagged: true,
  axes: ["Habitat", "Aidants"],
};
const fr1 = { locale: "fr" as const, now };

describe("the columns catalogue", () => {
  it("labels every column in both languages", () => {
    for (const id of exportColumnIds) {
      expect(columnLabel(id, "fr")).toBe(fr[`review.export.column.${id}`]);
      expect(columnLabel(id, "en")).toBe(en[`review.export.column.${id}`]);
    }
  });

  it("has a default choice of known columns", () => {
    expect(defaultExportColumns.length).toBeGreaterThan(0);
    expect(defaultExportColumns.every(isExportColumnId)).toBe(true);
  });

  it("recognises ids and formats", () => {
    expect(isExportColumnId("siren")).toBe(true);
    expect(isExportColumnId("password")).toBe(false);
    expect(isExportColumnId(3)).toBe(false);
    expect(isExportFormat("csv")).toBe(true);
    expect(isExportFormat("xlsx")).toBe(true);
    expect(isExportFormat("pdf")).toBe(false);
  });

  it("orders a choice as the catalogue, once each, unknown ids dropped", () => {
    expect(orderColumns(["axes", "number", "x", "axes", 4])).toEqual(["number", "axes"]);
  });

  it("reads a saved choice, falling back on the default", () => {
    expect(savedColumns(["siret", "number"])).toEqual(["number", "siret"]);
    expect(savedColumns([])).toEqual(defaultExportColumns);
    expect(savedColumns(["nope"])).toEqual(defaultExportColumns);
    expect(savedColumns("number")).toEqual(defaultExportColumns);
    expect(savedColumns(null)).toEqual(defaultExportColumns);
  });
});

describe("column values", () => {
  it("counts whole days in state, never negative", () => {
    expect(daysInState(new Date("2026-12-02T09:00:00Z"), now)).toBe(0);
    expect(daysInState(new Date("2026-12-01T10:00:00Z"), now)).toBe(1);
    expect(daysInState(new Date("2026-11-20T11:00:00Z"), now)).toBe(11);
    expect(daysInState(new Date("2026-12-03T10:00:00Z"), now)).toBe(0);
  });

  it("gives each column its typed value", () => {
    const value = (id: (typeof exportColumnIds)[number]) => columnValue(id, row, fr1);
    expect(value("number")).toEqual({ kind: "text", text: "DE-2026-00042" });
    expect(value("status")).toEqual({ kind: "text", text: "En cours d'examen" });
    expect(value("submittedAt")).toEqual({ kind: "date", date: "2026-12-01" });
    expect(value("daysInState")).toEqual({ kind: "integer", value: 11 });
    expect(value("organization")).toEqual({ kind: "text", text: "Le Toit Partagé" });
    expect(value("siren")).toEqual({ kind: "text", text: "123456789" });
    expect(value("siret")).toEqual({ kind: "text", text: "12345678900011" });
    expect(value("departement")).toEqual({ kind: "text", text: "13" });
    expect(value("region")).toEqual({ kind: "text", text: "Provence-Alpes-Côte d'Azur" });
    expect(value("antenna")).toEqual({ kind: "text", text: "Antenne de Marseille" });
    expect(value("levels")).toEqual({ kind: "text", text: "Diagnostic, Production" });
    expect(value("totalCost")).toEqual({ kind: "cents", cents: 1_150_050 });
    expect(value("programmeShare")).toEqual({ kind: "cents", cents: 550_050 });
    expect(value("assignedTo")).toEqual({ kind: "text", text: "Karim Benali" });
    expect(value("flagged")).toEqual({ kind: "text", text: "Oui" });
    expect(value("axes")).toEqual({ kind: "text", text: "Habitat, Aidants" });
  });

  it("writes English labels in English", () => {
    const context = { locale: "en" as const, now };
    expect(columnValue("status", row, context)).toEqual({ kind: "text", text: "Being reviewed" });
    expect(columnValue("levels", row, context)).toEqual({
      kind: "text",
      text: "Diagnostic, Production",
    });
    expect(columnValue("flagged", { ...row, flagged: false }, context)).toEqual({
      kind: "text",
      text: "No",
    });
  });

  it("leaves missing values empty", () => {
    const bare: ExportRow = {
      ...row,
      number: null,
      submittedAt: null,
      siren: null,
      siret: null,
      departement: null,
      region: null,
      antennaName: null,
      levels: [{ kind: "scoping", totalCostCents: null, programmeShareCents: null }],
      assignedToName: null,
      axes: [],
    };
    for (const id of [
      "number",
      "submittedAt",
      "siren",
      "siret",
      "departement",
      "region",
      "antenna",
      "totalCost",
      "programmeShare",
      "assignedTo",
      "axes",
    ] as const) {
      expect(columnValue(id, bare, fr1)).toBeNull();
    }
    expect(columnValue("levels", { ...bare, levels: [] }, fr1)).toBeNull();
    expect(columnValue("status", { ...bare, status: "mystery" }, fr1)).toEqual({
      kind: "text",
      text: "mystery",
    });
  });
});

describe("values in each format", () => {
  it("writes CSV text: euros formatted, dates ISO, numbers as numbers", () => {
    expect(csvCell({ kind: "cents", cents: 150_050 }, "fr")).toBe("1\u202f500,50\u00a0€");
    expect(csvCell({ kind: "cents", cents: 150_050 }, "en")).toBe("€1,500.50");
    expect(csvCell({ kind: "date", date: "2026-12-01" }, "fr")).toBe("2026-12-01");
    expect(csvCell({ kind: "integer", value: 3 }, "fr")).toBe(3);
    expect(csvCell({ kind: "text", text: "x" }, "fr")).toBe("x");
    expect(csvCell(null, "fr")).toBeNull();
  });

  it("writes XLSX cells: amounts as numbers of euros, dates as date cells", () => {
    expect(xlsxCell({ kind: "cents", cents: 150_050 })).toEqual({ euros: 1500.5 });
    expect(xlsxCell({ kind: "cents", cents: 1 })).toEqual({ euros: 0.01 });
    expect(xlsxCell({ kind: "date", date: "2026-12-01" })).toEqual({ date: "2026-12-01" });
    expect(xlsxCell({ kind: "integer", value: 3 })).toBe(3);
    expect(xlsxCell({ kind: "text", text: "x" })).toBe("x");
    expect(xlsxCell(null)).toBeNull();
  });

  it("writes a line of the chosen columns only, in their order", () => {
    expect(exportLine("csv", ["number", "totalCost", "flagged"], row, fr1)).toEqual([
      "DE-2026-00042",
      "11\u202f500,50\u00a0€",
      "Oui",
    ]);
    expect(exportLine("xlsx", ["number", "totalCost", "daysInState"], row, fr1)).toEqual([
      "DE-2026-00042",
      { euros: 11500.5 },
      11,
    ]);
  });

  it("writes a file's lines as exportLine, with calendarDateIn's days and formatEuros's amounts", () => {
    const columns = [...exportColumnIds];
    const sample: ExportRow[] = [];
    for (let index = 0; index < 400; index += 1) {
      // Hours and minutes around Paris midnights, both offsets, amounts of every size.
      const submittedAt = new Date(Date.UTC(2025, 0, 1) + index * 21 * 60 * 60 * 1000 + index);
      sample.push({
        ...row,
        submittedAt: index % 50 === 7 ? null : submittedAt,
        levels:
          index % 9 === 0
            ? []
            : [
                { kind: "scoping", totalCostCents: index * 12_345, programmeShareCents: index },
                { kind: "diagnostic", totalCostCents: null, programmeShareCents: index % 3 },
              ],
      });
    }
    for (const locale of ["fr", "en"] as const) {
      const context = { locale, now };
      const csv = exportLines("csv", columns, context);
      const xlsx = exportLines("xlsx", columns, context);
      for (const sampled of sample) {
        const line = csv(sampled);
        expect(line).toEqual(exportLine("csv", columns, sampled, context));
        expect(xlsx(sampled)).toEqual(exportLine("xlsx", columns, sampled, context));
        const cell = (id: (typeof exportColumnIds)[number]) => line[columns.indexOf(id)];
        expect(cell("submittedAt")).toBe(
          sampled.submittedAt ? calendarDateIn(sampled.submittedAt) : null,
        );
        const total = sampled.levels.reduce((sum, level) => sum + (level.totalCostCents ?? 0), 0);
        expect(cell("totalCost")).toBe(
          sampled.levels.length === 0 ? null : formatEuros(total, locale),
        );
      }
    }
  });

  it("names the file by the day of the request in Paris", () => {
    expect(exportFileName("xlsx", new Date("2026-12-01T23:30:00Z"), "fr")).toBe(
      "candidatures-2026-12-02.xlsx",
    );
    expect(exportFileName("csv", new Date("2026-12-02T10:00:00Z"), "en")).toBe(
      "applications-2026-12-02.csv",
    );
    expect(exportContentType("csv")).toBe("text/csv; charset=utf-8");
    expect(exportContentType("xlsx")).toContain("spreadsheetml.sheet");
  });
});
