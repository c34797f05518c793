import { eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import { programs } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import { toReviewCriteria } from "./rules";

/** Removes a review criterion from the programme. */
export async function removeReviewCriterion(
  options: CommandContext & { readonly programmeId: string; readonly criterionId: string },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const criteria = toReviewCriteria(programme.reviewCriteria);
    const removed = criteria.find((c) => c.id === options.criterionId);
    if (!removed) notFoundError(`criterion ${options.criterionId}`);
    await tx
      .update(programs)
      .set({ reviewCriteria: criteria.filter((c) => c.id !== removed.id) })
      .where(eq(programs.id, programme.id));
    return { action: "programme.criterion_removed", before: { ...removed } };
  });
}
