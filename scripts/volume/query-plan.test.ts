import { describe, expect, it } from "vitest";
import { scansOfGrowingTables, sequentialScans } from "./query-plan";

const plan = [
  {
    Plan: {
      "Node Type": "Nested Loop",
      Plans: [
        { "Node Type": "Seq Scan", "Relation Name": "programs" },
        {
          "Node Type": "Sort",
          Plans: [{ "Node Type": "Seq Scan", "Relation Name": "applications" }],
        },
        { "Node Type": "Index Scan", "Relation Name": "diagnostics" },
      ],
    },
  },
];

describe("query plans", () => {
  it("finds every sequential scan, nested ones included", () => {
    expect(sequentialScans(plan)).toEqual(["programs", "applications"]);
  });

  it("keeps only the tables that grow with applications", () => {
    expect(scansOfGrowingTables(plan)).toEqual(["applications"]);
  });
});
