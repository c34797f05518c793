// The button-only forms of the applicant's pages, one schema each, read by their actions
// through the form pipeline (~/form-action.server).

import { z } from "zod";

/** "Act for this organisation" on the switch page. */
export const switchOrganizationSchema = z.object({ organizationId: z.uuid() });

/** "Join" on an invitation listed in the applicant's space. */
export const acceptInvitationSchema = z.object({
  intent: z.literal("accept-invitation"),
  invitationId: z.uuid(),
});

/** The "yes" of a confirmation (leave, remove, transfer, accept an invitation link): no field. */
export const confirmSchema = z.object({});
