import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import type { ReviewCriterion } from "~/features/programs";
import {
  ineligibleSchema,
  informationRequestSchema,
  markReadySchema,
  parseMissingItems,
  reassignSchema,
  scoreSchemaFor,
} from "./actions.form";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("missing items", () => {
  it("keeps one item per non-blank line, trimmed", () => {
    expect(parseMissingItems("  Statuts signés \r\n\n Comptes 2025\rDevis\n   \n")).toEqual([
      "Statuts signés",
      "Comptes 2025",
      "Devis",
    ]);
    expect(parseMissingItems("   \n ")).toEqual([]);
  });
});

describe("information request form", () => {
  const parse = (fields: Record<string, string>) => informationRequestSchema.safeParse(fields);
  it("accepts a message and 1 to 20 items of 200 characters at most", () => {
    const ok = parse({ message: " Merci ", items: "Statuts\nComptes" });
    expect(ok.success && ok.data).toEqual({ message: "Merci", items: ["Statuts", "Comptes"] });
    const twenty = Array.from({ length: 20 }, (_, i) => `Pièce ${i}`).join("\n");
    expect(parse({ message: "m", items: twenty }).success).toBe(true);
    expect(parse({ message: "m", items: "x".repeat(200) }).success).toBe(true);
  });
  it.each([
    [{ message: "", items: "a" }, "review.actions.information.error.messageRequired"],
    [{ message: "   ", items: "a" }, "review.actions.information.error.messageRequired"],
    [{ message: "x".repeat(5001), items: "a" }, "review.actions.information.error.messageTooLong"],
    [{ message: "m", items: " \n " }, "review.actions.information.error.itemsRequired"],
    [{ message: "m" }, "review.actions.information.error.itemsRequired"],
    [
      { message: "m", items: Array.from({ length: 21 }, (_, i) => `p${i}`).join("\n") },
      "review.actions.information.error.itemsTooMany",
    ],
    [
      { message: "m", items: `ok\n${"x".repeat(201)}` },
      "review.actions.information.error.itemTooLong",
    ],
  ])("refuses %j", (fields, message) => {
    const result = parse(fields as Record<string, string>);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});

describe("ineligible form", () => {
  it("needs a known category and a reason of 2000 characters at most", () => {
    expect(
      ineligibleSchema.safeParse({ category: "too_young", reason: "Créée en 2025." }).success,
    ).toBe(true);
    for (const category of ["legal_form", "outside_territory", "outside_purpose", "other"]) {
      expect(ineligibleSchema.safeParse({ category, reason: "r" }).success).toBe(true);
    }
    expect(ineligibleSchema.safeParse({ category: "bad", reason: "r" }).success).toBe(false);
    expect(ineligibleSchema.safeParse({ reason: "r" }).success).toBe(false);
    expect(ineligibleSchema.safeParse({ category: "other", reason: " " }).success).toBe(false);
    expect(
      ineligibleSchema.safeParse({ category: "other", reason: "x".repeat(2001) }).success,
    ).toBe(false);
    expect(
      ineligibleSchema.safeParse({ category: "other", reason: "x".repeat(2000) }).success,
    ).toBe(true);
  });
});

describe("mark ready form", () => {
  it("needs a summary of 3000 characters at most", () => {
    expect(markReadySchema.safeParse({ summary: "Dossier solide." }).success).toBe(true);
    expect(markReadySchema.safeParse({ summary: "" }).success).toBe(false);
    expect(markReadySchema.safeParse({}).success).toBe(false);
    expect(markReadySchema.safeParse({ summary: "x".repeat(3001) }).success).toBe(false);
  });
});

describe("reassign form", () => {
  const antennaId = "0b9c6f7e-3f1d-4c9a-9a51-7d8a2c1e0f11";
  it("needs an antenna id, a reason, and takes an optional person", () => {
    const ok = reassignSchema.safeParse({ antennaId: antennaId.toUpperCase(), reason: "Congés" });
    expect(ok.success && ok.data).toEqual({ antennaId, reason: "Congés" });
    expect(reassignSchema.safeParse({ antennaId, assigneeId: "u1", reason: "r" }).success).toBe(
      true,
    );
    expect(reassignSchema.safeParse({ antennaId: "marseille", reason: "r" }).success).toBe(false);
    expect(reassignSchema.safeParse({ reason: "r" }).success).toBe(false);
    expect(reassignSchema.safeParse({ antennaId, reason: "" }).success).toBe(false);
    expect(reassignSchema.safeParse({ antennaId, reason: "x".repeat(501) }).success).toBe(false);
  });
});

describe("score form", () => {
  const grid: ReviewCriterion[] = [
    { id: "axes", label: "Axes prioritaires", description: "", weight: 2 },
    { id: "need", label: "Besoin numérique", description: "", weight: 1 },
  ];
  const schema = scoreSchemaFor(grid, {
    range: (c) => `range:${c}`,
    commentTooLong: (c) => `long:${c}`,
    unknownCriterion: (c) => `unknown:${c}`,
  });
  const parse = (fields: Record<string, string>) => parseWithZod(form(fields), { schema });

  it("reads a whole score from 1 to 5 and a comment for every criterion", () => {
    const result = parse({ score_axes: "5", comment_axes: " Très lié ", score_need: "1" });
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value).toEqual([
      { criterionId: "axes", score: 5, comment: "Très lié" },
      { criterionId: "need", score: 1, comment: "" },
    ]);
  });
  it.each([
    [{ score_axes: "0", score_need: "3" }, "score_axes", "range:Axes prioritaires"],
    [{ score_axes: "6", score_need: "3" }, "score_axes", "range:Axes prioritaires"],
    [{ score_axes: "2.5", score_need: "3" }, "score_axes", "range:Axes prioritaires"],
    [{ score_axes: "abc", score_need: "3" }, "score_axes", "range:Axes prioritaires"],
    [{ score_axes: "-1", score_need: "3" }, "score_axes", "range:Axes prioritaires"],
    [{ score_axes: "4" }, "score_need", "range:Besoin numérique"],
    [{ score_axes: "4", score_need: "" }, "score_need", "range:Besoin numérique"],
    [
      { score_axes: "4", score_need: "3", comment_need: "x".repeat(1001) },
      "comment_need",
      "long:Besoin numérique",
    ],
    [{ score_axes: "4", score_need: "3", score_budget: "3" }, "score_budget", "unknown:budget"],
  ])("refuses %j on its field, naming the criterion", (fields, field, message) => {
    const result = parse(fields);
    expect(result.status).toBe("error");
    expect(result.status === "error" ? result.error?.[field] : null).toEqual([message]);
  });
});
