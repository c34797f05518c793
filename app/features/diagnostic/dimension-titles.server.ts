/**
 * The dimensions' titles as new diagnostics show them, for pages that name the dimensions without
 * showing a diagnostic (the steering dashboard): those of the last published question bank
 * version when they read as titles, else those of the built-in current version. Only the titles
 * are read, with a narrow schema: such pages neither parse a whole bank nor carry its
 * administrators' validation messages.
 */
import { desc } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/platform/db/types";
import { questionBankVersions } from "../../../db/schema";
import { currentVersion, type DimensionId, dimensionIds, getQuestionBank } from "./question-bank";

const publishedTitles = z.object({
  dimensions: z.array(
    z.object({ id: z.enum(dimensionIds), title: z.string().trim().min(1).max(400) }),
  ),
});

export async function currentDimensionTitles(db: Executor): Promise<Record<DimensionId, string>> {
  const builtIn = getQuestionBank(currentVersion);
  const titles = Object.fromEntries(builtIn.dimensions.map((d) => [d.id, d.title])) as Record<
    DimensionId,
    string
  >;
  const [row] = await db
    .select({ bank: questionBankVersions.bank })
    .from(questionBankVersions)
    .orderBy(desc(questionBankVersions.publishedAt))
    .limit(1);
  const parsed = publishedTitles.safeParse(row?.bank);
  if (parsed.success) {
    for (const dimension of parsed.data.dimensions) titles[dimension.id] = dimension.title;
  }
  return titles;
}
