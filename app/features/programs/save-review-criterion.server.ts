import { eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import { programs } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import type { ReviewCriterionInput } from "./programs.schema";
import { identifierFrom, toReviewCriteria } from "./rules";
import type { ReviewCriterion } from "./types";

/**
 * Adds a review criterion (its id made from the label, kept unique) or updates the one named by
 * `criterionId`. Scores already given keep the criterion id they refer to.
 */
export async function saveReviewCriterion(
  options: CommandContext & { readonly programmeId: string; readonly input: ReviewCriterionInput },
): Promise<void> {
  const { input } = options;
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const criteria = toReviewCriteria(programme.reviewCriteria);
    const before = input.criterionId ? criteria.find((c) => c.id === input.criterionId) : undefined;
    if (input.criterionId && !before) notFoundError(`criterion ${input.criterionId}`);
    const saved: ReviewCriterion = {
      id: before?.id ?? uniqueId(identifierFrom(input.label), criteria),
      label: input.label,
      description: input.description,
      weight: input.weight,
    };
    const next = before
      ? criteria.map((c) => (c.id === saved.id ? saved : c))
      : [...criteria, saved];
    await tx.update(programs).set({ reviewCriteria: next }).where(eq(programs.id, programme.id));
    return {
      action: before ? "programme.criterion_updated" : "programme.criterion_added",
      before: before ? { ...before } : null,
      after: { ...saved },
    };
  });
}

function uniqueId(base: string, criteria: readonly ReviewCriterion[]): string {
  let candidate = base;
  for (let n = 2; criteria.some((c) => c.id === candidate); n += 1) {
    candidate = `${base.slice(0, 36)}_${n}`;
  }
  return candidate;
}
