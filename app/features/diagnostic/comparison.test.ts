import { describe, expect, it } from "vitest";
import { compareDiagnostics } from "./comparison";
import { scoreDiagnostic } from "./scoring";
import { bank, buildAnswers } from "./test-fixtures";

describe("compareDiagnostics", () => {
  it("gives the gain of each dimension between T0 and T1", () => {
    const t0 = scoreDiagnostic(bank, buildAnswers({ level: 1 }));
    const t1 = scoreDiagnostic(
      bank,
      buildAnswers({ level: 1, dimensions: { security: [4, 3, 3, 2] } }),
    );
    if (!t0.ok || !t1.ok) throw new Error("fixtures must be valid");
    const gains = compareDiagnostics(t0.value, t1.value);
    expect(gains).toHaveLength(8);
    expect(gains.find((g) => g.id === "security")).toEqual({
      id: "security",
      before: 25,
      after: 75,
      gain: 50,
    });
    expect(gains.find((g) => g.id === "strategy")?.gain).toBe(0);
  });

  it("matches dimensions by id across versions and gives no gain where a score is missing", () => {
    const earlier = {
      dimensions: [
        { id: "strategy", score: 30 },
        { id: "beneficiaries", score: null },
        { id: "responsible", score: 50 },
      ],
    } as const;
    const later = {
      dimensions: [
        { id: "beneficiaries", score: 60 },
        { id: "strategy", score: 45 },
        { id: "security", score: 20 },
      ],
    } as const;
    expect(compareDiagnostics(earlier, later)).toEqual([
      { id: "beneficiaries", before: null, after: 60, gain: null },
      { id: "strategy", before: 30, after: 45, gain: 15 },
      { id: "security", before: null, after: 20, gain: null },
      { id: "responsible", before: 50, after: null, gain: null },
    ]);
  });

  it("reports losses as negative gains", () => {
    const gains = compareDiagnostics(
      { dimensions: [{ id: "data", score: 63 }] },
      { dimensions: [{ id: "data", score: 50 }] },
    );
    expect(gains).toEqual([{ id: "data", before: 63, after: 50, gain: -13 }]);
  });
});
