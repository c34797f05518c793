import { eq } from "drizzle-orm";
import { programs } from "../../../db/schema";
import {
  type CommandContext,
  type CommandResult,
  changeProgramme,
  ProgrammeNotFoundError,
} from "./command.server";
import { toReviewCriteria } from "./rules";

/** Removes a review criterion from the programme. */
export async function removeReviewCriterion(
  options: CommandContext & { readonly programmeId: string; readonly criterionId: string },
): Promise<CommandResult> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const criteria = toReviewCriteria(programme.reviewCriteria);
    const removed = criteria.find((c) => c.id === options.criterionId);
    if (!removed) throw new ProgrammeNotFoundError(`criterion ${options.criterionId}`);
    await tx
      .update(programs)
      .set({ reviewCriteria: criteria.filter((c) => c.id !== removed.id) })
      .where(eq(programs.id, programme.id));
    return { action: "programme.criterion_removed", before: { ...removed } };
  });
}
