// The choice of a programme to apply to (one button per open programme), and the submission of a
// draft from its summary (one button): the forms of the pages that start and end an application.
import { z } from "zod";

/**
 * "Commencer ma candidature" for one programme; `suite`, from the next level's invitation
 * (`?suite=<applicationId>`), names the earlier application to prefill from (anything unusable
 * is dropped: the command checks it belongs to the organisation).
 */
export const newApplicationSchema = z.object({
  programId: z.string().max(100),
  suite: z.string().max(100).optional().catch(undefined),
});

/** "Envoyer ma candidature" on the summary page. */
export const submitApplicationSchema = z.object({
  intent: z.literal("submit").optional().catch(undefined),
});
