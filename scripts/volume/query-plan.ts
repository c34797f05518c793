/**
 * Reading PostgreSQL plans for the query-hygiene test: the sequential scans an
 * `EXPLAIN (FORMAT JSON)` plan makes, by table. Pure (the plan is already read).
 */

/** Tables whose rows grow with the number of applications: never scanned whole by a page. */
export const growingTables = [
  "applications",
  "application_events",
  "application_messages",
  "application_attachments",
  "application_levels",
  "diagnostics",
] as const;

type PlanNode = { "Node Type"?: string; "Relation Name"?: string; Plans?: PlanNode[] };

/** The tables a plan reads with a sequential scan (nested plans included). */
export function sequentialScans(plan: unknown): string[] {
  const found: string[] = [];
  const visit = (node: PlanNode) => {
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) {
      found.push(node["Relation Name"]);
    }
    for (const child of node.Plans ?? []) visit(child);
  };
  const root = Array.isArray(plan) ? plan : [plan];
  for (const entry of root as { Plan?: PlanNode }[]) if (entry?.Plan) visit(entry.Plan);
  return found;
}

/** The sequential scans of a plan on tables that grow with applications. */
export function scansOfGrowingTables(plan: unknown): string[] {
  return sequentialScans(plan).filter((table) =>
    (growingTables as readonly string[]).includes(table),
  );
}
