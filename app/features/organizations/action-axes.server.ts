// The fields of action an organisation can tick: the priority axes of the open programmes
// (programme data), plus "other" described in words. Before any programme is configured, the
// Digit'ESS axes (the programme's seed value) are offered.

import { asc, eq } from "drizzle-orm";
import { type AxisLabel, digitessAxes } from "~/features/eligibility";
import type { Executor } from "~/platform/db/types";
import { programAxes, programs } from "../../../db/schema";

/** Distinct axes of the open programmes, oldest programme and first position first. */
export async function listActionAxes(db: Executor): Promise<AxisLabel[]> {
  const rows = await db
    .select({ code: programAxes.code, label: programAxes.label })
    .from(programAxes)
    .innerJoin(programs, eq(programs.id, programAxes.programId))
    .where(eq(programs.status, "open"))
    .orderBy(asc(programs.createdAt), asc(programAxes.position));
  const axes = new Map<string, AxisLabel>();
  for (const row of rows) if (!axes.has(row.code)) axes.set(row.code, row);
  return axes.size > 0 ? [...axes.values()] : [...digitessAxes];
}
