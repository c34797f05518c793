// The required e-mail telling the members that their application is declared ineligible: why,
// in plain words (the category and the team's explanation), and where else to find help.
import { defineEmail } from "~/platform/email/define-email";
import type { IneligibilityCategory } from "../actions.form";
import { en, fr } from "../messages-actions";

export const ineligibleEmail = defineEmail(
  { fr, en },
  (
    t,
    input: {
      number: string;
      organizationName: string;
      category: IneligibilityCategory;
      reason: string;
      url: string;
    },
  ) => ({
    subject: t("review.email.ineligible.subject", { number: input.number }),
    body: [
      t("review.email.greeting"),
      t("review.email.ineligible.intro", {
        number: input.number,
        organization: input.organizationName,
      }),
      t("review.email.ineligible.category", {
        category: t(`review.actions.ineligible.reason.${input.category}`).toLowerCase(),
      }),
      [t("review.email.ineligible.explanation"), input.reason].join("\n"),
      {
        title: t("review.email.ineligible.otherHelp"),
        items: [
          t("review.email.ineligible.franceActive"),
          t("review.email.ineligible.dla"),
          t("review.email.ineligible.pointNumerique"),
          t("review.email.ineligible.solidatech"),
        ],
      },
      t("review.email.ineligible.link", { url: input.url }),
      t("review.email.signature"),
    ],
  }),
);
