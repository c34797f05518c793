import { describe, expect, it } from "vitest";
import { diffCorrection } from "./correction-diff";

const before = {
  steps: {
    "1": { name: "Le Toit Partagé", website: "", employees: "3" },
    "2": { situation: "Sur papier", axes: ["inclusion", "emploi"] },
    "3": { levels: ["diagnostic"] },
    "5": { signatoryName: "Nadia Martin" },
  },
  attachments: [
    { id: "a1", kind: "statutes", fileName: "statuts.pdf" },
    { id: "a2", kind: "accounts", fileName: "comptes-2024.pdf" },
  ],
};

describe("diff of a correction", () => {
  it("finds nothing when nothing changed", () => {
    expect(diffCorrection(before, structuredClone(before))).toEqual([]);
  });

  it("reports a changed text field with before and after", () => {
    const after = structuredClone(before);
    after.steps["2"].situation = "Un tableur partagé";
    expect(diffCorrection(before, after)).toEqual([
      {
        step: 2,
        field: "situation",
        change: "changed",
        before: "Sur papier",
        after: "Un tableur partagé",
      },
    ]);
  });

  it("reports added and removed fields; empty values count as none", () => {
    const after = structuredClone(before) as typeof before & {
      steps: { "1": Record<string, string> };
    };
    after.steps["1"].website = "https://toit.example";
    delete (after.steps["1"] as Record<string, string>).employees;
    expect(diffCorrection(before, after)).toEqual([
      { step: 1, field: "website", change: "added", before: null, after: "https://toit.example" },
      { step: 1, field: "employees", change: "removed", before: "3", after: null },
    ]);
    const blank = structuredClone(before);
    blank.steps["1"].employees = "";
    expect(diffCorrection(before, blank)[0]?.change).toBe("removed");
  });

  it("compares lists in order, an empty list as none", () => {
    const reordered = structuredClone(before);
    reordered.steps["2"].axes = ["emploi", "inclusion"];
    expect(diffCorrection(before, reordered)).toEqual([
      {
        step: 2,
        field: "axes",
        change: "changed",
        before: ["inclusion", "emploi"],
        after: ["emploi", "inclusion"],
      },
    ]);
    const emptied = structuredClone(before);
    emptied.steps["3"].levels = [];
    expect(diffCorrection(before, emptied)).toEqual([
      { step: 3, field: "levels", change: "removed", before: ["diagnostic"], after: null },
    ]);
    const grown = structuredClone(before);
    grown.steps["3"].levels = ["diagnostic", "scoping"];
    expect(diffCorrection(before, grown)[0]).toMatchObject({
      change: "changed",
      after: ["diagnostic", "scoping"],
    });
  });

  it("a one-item list equals its string (one ticked box is posted as a string)", () => {
    const after = structuredClone(before) as unknown as {
      steps: Record<string, Record<string, unknown>>;
    };
    after.steps["3"] = { levels: "diagnostic" };
    expect(diffCorrection(before, after as never)).toEqual([]);
    after.steps["3"] = { levels: "scoping" };
    expect(diffCorrection(before, after as never)).toEqual([
      { step: 3, field: "levels", change: "changed", before: ["diagnostic"], after: "scoping" },
    ]);
  });

  it("reports a whole step added or removed field by field", () => {
    const after = structuredClone(before) as { steps: Record<string, unknown> };
    delete after.steps["5"];
    expect(diffCorrection(before, after as never)).toEqual([
      { step: 5, field: "signatoryName", change: "removed", before: "Nadia Martin", after: null },
    ]);
    expect(diffCorrection(after as never, before)).toEqual([
      { step: 5, field: "signatoryName", change: "added", before: null, after: "Nadia Martin" },
    ]);
  });

  it("compares documents by kind, untouched kinds left out", () => {
    const after = structuredClone(before);
    after.attachments = [
      { id: "a1", kind: "statutes", fileName: "statuts.pdf" },
      { id: "a3", kind: "accounts", fileName: "comptes-2025.pdf" },
      { id: "a4", kind: "quote", fileName: "devis.pdf" },
    ];
    expect(diffCorrection(before, after)).toEqual([
      {
        step: 4,
        field: "accounts",
        change: "changed",
        before: ["comptes-2024.pdf"],
        after: ["comptes-2025.pdf"],
      },
      { step: 4, field: "quote", change: "added", before: null, after: ["devis.pdf"] },
    ]);
  });

  it("orders changes by step, and tolerates missing or malformed snapshots", () => {
    const after = structuredClone(before);
    after.steps["5"].signatoryName = "Paul";
    after.steps["1"].name = "Le Toit";
    expect(diffCorrection(before, after).map((c) => c.step)).toEqual([1, 5]);
    expect(diffCorrection(null, undefined)).toEqual([]);
    expect(diffCorrection({ steps: "x" } as never, { attachments: "y" } as never)).toEqual([]);
    expect(diffCorrection(null, before).every((c) => c.change === "added")).toBe(true);
  });

  it("ignores values that are neither text nor lists", () => {
    const after = { steps: { "1": { name: 42, website: ["a", 3] } } } as never;
    expect(diffCorrection({ steps: { "1": { website: ["a"] } } }, after)).toEqual([]);
  });
});
