// Tells a staff member that a file was assigned to them, by whom and why.
import { defineEmail } from "~/platform/email/define-email";
import { en, fr } from "../messages-actions";

export const assignedEmail = defineEmail(
  { fr, en },
  (
    t,
    input: {
      number: string;
      organizationName: string;
      actorName: string;
      reason: string;
      url: string;
    },
  ) => ({
    subject: t("review.email.assigned.subject", { number: input.number }),
    body: [
      t("review.email.greeting"),
      t("review.email.assigned.intro", {
        actor: input.actorName,
        number: input.number,
        organization: input.organizationName,
      }),
      t("review.email.assigned.reason", { reason: input.reason }),
      t("review.email.assigned.link", { url: input.url }),
      t("review.email.signature"),
    ],
  }),
);
