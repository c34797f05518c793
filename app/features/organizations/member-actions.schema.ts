// The forms of the members page, one schema per intent (the `intent` field chooses the form),
// shared by the page and its action.

import { z } from "zod";

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: z
    .string({ error: "organizations.invite.emailRequired" })
    .trim()
    .min(1, "organizations.invite.emailRequired")
    .pipe(z.email({ error: "organizations.invite.emailInvalid" }))
    .transform((value) => value.toLowerCase()),
});

export const revokeInvitationSchema = z.object({
  intent: z.literal("revoke"),
  invitationId: z.uuid(),
});

export const decideJoinRequestSchema = z.object({
  intent: z.enum(["accept", "decline"]),
  joinRequestId: z.uuid(),
});
