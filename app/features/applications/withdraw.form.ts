// The withdrawal confirmation: an optional reason (kept to its first 2,000 characters).
import { z } from "zod";

/** Longest withdrawal reason kept, in characters. */
export const WITHDRAW_REASON_MAX_LENGTH = 2000;

/** The withdrawal form. */
export const withdrawSchema = z.object({
  reason: z
    .string()
    .optional()
    .transform((reason) => reason?.trim().slice(0, WITHDRAW_REASON_MAX_LENGTH) || null),
});
