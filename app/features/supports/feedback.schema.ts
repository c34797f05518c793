// The feedback survey of a closed support (safe for the browser): the form's Zod schema, its
// messages as catalogue keys (messages-feedback.ts), and the pure summary the staff views show per
// antenna, consultant and level (the caller groups the answers, this adds them up).
import { z } from "zod";
/** Longest answer to a free-text question, in characters, after trimming. */
export const FEEDBACK_TEXT_MAX_LENGTH = 4000;

import { NPS_MAX, NPS_MIN, SCORE_MAX, SCORE_MIN } from "./feedback-summary";

/** A whole number written plainly (no sign, no leading zero, no exponent), then its bounds. */
const score = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^(?:0|[1-9][0-9]?)$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

/**
 * An optional free text: NUL refused (with the field's message), line breaks read as one
 * character each (browsers send a textarea's "\n" as "\r\n", and count it as one against its
 * maxlength), trimmed, at most FEEDBACK_TEXT_MAX_LENGTH characters; blank or absent is null.
 */
const optionalText = (tooLong: string, invalid: string) =>
  z
    .string({ error: invalid })
    .optional()
    .transform((value, ctx): string | null => {
      if (value === undefined) return null;
      if (value.includes("\u0000")) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      const text = value.replace(/\r\n?/g, "\n").trim();
      if (text.length > FEEDBACK_TEXT_MAX_LENGTH) {
        ctx.addIssue({ code: "custom", message: tooLong });
        return z.NEVER;
      }
      return text === "" ? null : text;
    });

/** The survey form (/avis/:token). Unknown fields (the intent, a CSRF token) are dropped. */
export const feedbackSchema = z.object({
  satisfaction: score(SCORE_MIN, SCORE_MAX, "supports.feedback.error.satisfactionRequired"),
  consultantQuality: score(
    SCORE_MIN,
    SCORE_MAX,
    "supports.feedback.error.consultantQualityRequired",
  ),
  needsFit: score(SCORE_MIN, SCORE_MAX, "supports.feedback.error.needsFitRequired"),
  beneficiaryChanges: optionalText(
    "supports.feedback.error.beneficiaryChangesTooLong",
    "supports.feedback.error.beneficiaryChangesInvalid",
  ),
  recommendation: score(NPS_MIN, NPS_MAX, "supports.feedback.error.recommendationRequired"),
  comment: optionalText(
    "supports.feedback.error.commentTooLong",
    "supports.feedback.error.commentInvalid",
  ),
});
export type FeedbackInput = z.output<typeof feedbackSchema>;

// The scores' summaries live apart (no message keys there), for the staff pages.
export * from "./feedback-summary";
