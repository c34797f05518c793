// The forms of the review actions (safe for the browser): one Zod schema per form, messages as
// catalogue keys, except the grid's, which name their criterion and so arrive already written
// (`scoreSchemaFor` takes the page's translator). Missing items are one per line.
import { z } from "zod";
import type { ReviewCriterion } from "~/features/programs";
import { SCORE_COMMENT_MAX_LENGTH, SCORE_MAX, SCORE_MIN } from "./scoring";

export const INFORMATION_MESSAGE_MAX_LENGTH = 5000;
export const MISSING_ITEMS_MAX = 20;
export const MISSING_ITEM_MAX_LENGTH = 200;
export const INELIGIBLE_REASON_MAX_LENGTH = 2000;
export const COMMITTEE_SUMMARY_MAX_LENGTH = 3000;
export const REASSIGN_REASON_MAX_LENGTH = 500;

/** Why an application is declared ineligible (the e-mail names the reason in plain French). */
export const ineligibilityCategories = [
  "legal_form",
  "too_young",
  "outside_territory",
  "outside_purpose",
  "other",
] as const;
export type IneligibilityCategory = (typeof ineligibilityCategories)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A required text, trimmed, 1 to `max` characters. */
function text(max: number, required: string, tooLong: string) {
  return z.string({ error: required }).trim().min(1, required).max(max, tooLong);
}

/** The missing items of a request: one per line, blank lines left out. */
export function parseMissingItems(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Taking an application into review has no field. */
export const startReviewSchema = z.object({});

export const informationRequestSchema = z.object({
  message: text(
    INFORMATION_MESSAGE_MAX_LENGTH,
    "review.actions.information.error.messageRequired",
    "review.actions.information.error.messageTooLong",
  ),
  items: z
    .string({ error: "review.actions.information.error.itemsRequired" })
    .transform(parseMissingItems)
    .superRefine((items, ctx) => {
      if (items.length === 0) {
        ctx.addIssue({ code: "custom", message: "review.actions.information.error.itemsRequired" });
      } else if (items.length > MISSING_ITEMS_MAX) {
        ctx.addIssue({ code: "custom", message: "review.actions.information.error.itemsTooMany" });
      } else if (items.some((item) => item.length > MISSING_ITEM_MAX_LENGTH)) {
        ctx.addIssue({ code: "custom", message: "review.actions.information.error.itemTooLong" });
      }
    }),
});

export const ineligibleSchema = z.object({
  category: z.enum(ineligibilityCategories, {
    error: "review.actions.ineligible.error.categoryRequired",
  }),
  reason: text(
    INELIGIBLE_REASON_MAX_LENGTH,
    "review.actions.ineligible.error.reasonRequired",
    "review.actions.ineligible.error.reasonTooLong",
  ),
});

export const markReadySchema = z.object({
  summary: text(
    COMMITTEE_SUMMARY_MAX_LENGTH,
    "review.actions.ready.error.summaryRequired",
    "review.actions.ready.error.summaryTooLong",
  ),
});

export const reassignSchema = z.object({
  antennaId: z
    .string({ error: "review.actions.reassign.error.antennaRequired" })
    .regex(UUID, "review.actions.reassign.error.antennaRequired")
    .transform((id) => id.toLowerCase()),
  /** A user id; none (empty) leaves the file to nobody. */
  assigneeId: z.string().trim().max(100, "review.actions.reassign.error.unknownPerson").optional(),
  reason: text(
    REASSIGN_REASON_MAX_LENGTH,
    "review.actions.reassign.error.reasonRequired",
    "review.actions.reassign.error.reasonTooLong",
  ),
});

/** The names of a criterion's two fields on the score form. */
export const scoreField = (criterionId: string) => `score_${criterionId}`;
export const commentField = (criterionId: string) => `comment_${criterionId}`;

/** The messages of the score form, written for one criterion. */
export type ScoreMessages = {
  range(criterion: string): string;
  commentTooLong(criterion: string): string;
  unknownCriterion(criterion: string): string;
};

/** The scores and comments posted, in the grid's order. */
export type ScoreInput = { criterionId: string; score: number; comment: string }[];

/**
 * The score form of `grid`: every criterion a whole score from 1 to 5 and a comment of 1,000
 * characters at most; a score for a criterion outside the grid is an error on its own field.
 */
export function scoreSchemaFor(grid: readonly ReviewCriterion[], messages: ScoreMessages) {
  const shape: Record<string, z.ZodType> = {};
  for (const criterion of grid) {
    const range = messages.range(criterion.label);
    shape[scoreField(criterion.id)] = z
      .number({ error: range })
      .int(range)
      .min(SCORE_MIN, range)
      .max(SCORE_MAX, range);
    shape[commentField(criterion.id)] = z
      .string()
      .trim()
      .max(SCORE_COMMENT_MAX_LENGTH, messages.commentTooLong(criterion.label))
      .optional();
  }
  const known = new Set(grid.map((criterion) => scoreField(criterion.id)));
  return z
    .looseObject(shape)
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (key.startsWith("score_") && !known.has(key)) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: messages.unknownCriterion(key.slice("score_".length).slice(0, 60)),
          });
        }
      }
    })
    .transform(
      (value): ScoreInput =>
        grid.map((criterion) => ({
          criterionId: criterion.id,
          score: value[scoreField(criterion.id)] as number,
          comment: (value[commentField(criterion.id)] as string | undefined) ?? "",
        })),
    );
}
