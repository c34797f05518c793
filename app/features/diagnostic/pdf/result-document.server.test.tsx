import { describe, expect, it } from "vitest";
import { buildResultView } from "../result-view";
import { scoreDiagnostic } from "../scoring";
import { bank, buildAnswers } from "../test-fixtures";
import { renderResultPdf } from "./result-document.server";

describe("renderResultPdf", () => {
  it("renders a multi-page PDF of the result, in French and in English", async () => {
    const scored = scoreDiagnostic(
      bank,
      buildAnswers({
        level: 2,
        dimensions: { security: [0, 1, 0, 1], responsible: [3, "na", 3, 4] },
      }),
    );
    if (!scored.ok) throw new Error("unexpected issues");
    const view = buildResultView(bank, scored.value);
    for (const locale of ["fr", "en"] as const) {
      const pdf = await renderResultPdf({
        view,
        completedAt: "2026-03-12T10:00:00Z",
        organizationName: "Le Toit Partagé",
        appUrl: "https://digitess.example",
        locale,
      });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(5_000);
      expect(pdf.length).toBeLessThan(500_000);
      const text = pdf.toString("latin1");
      expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
      expect(text).toContain("/Lang");
    }
  }, 30_000);
});
