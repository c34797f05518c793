// The reminder of an information request still unanswered after a week: when it was asked, what
// is missing, and the link to answer.
import { defineEmail } from "~/platform/email/define-email";
import { formatDate } from "~/platform/format/dates";
import { en, fr } from "../messages-actions";

export const informationReminderEmail = defineEmail(
  { fr, en },
  (
    t,
    input: {
      number: string;
      organizationName: string;
      requestedAt: Date;
      missingItems: readonly string[];
      url: string;
    },
  ) => ({
    subject: t("review.email.reminder.subject", { number: input.number }),
    body: [
      t("review.email.greeting"),
      t("review.email.reminder.intro", {
        date: formatDate(input.requestedAt, "fr"),
        number: input.number,
        organization: input.organizationName,
      }),
      ...(input.missingItems.length > 0
        ? [{ title: t("review.email.reminder.items"), items: [...input.missingItems] }]
        : []),
      t("review.email.reminder.link", { url: input.url }),
      t("review.email.signature"),
    ],
  }),
);
