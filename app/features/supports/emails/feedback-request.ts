// The feedback survey's e-mail to one member of the structure once a support closes, with their
// personal link (/avis/:token): the level and the programme, that it takes about 3 minutes
// without signing in, and until when the link works (30 days from the first sending). The same
// template writes the two reminders (7 and 14 days later, feedback-reminders.server.ts): the
// reminder keeps the first sending's expiry. The link is the first URL of the text.
import type { LevelKind } from "~/features/applications";
import { defineEmail } from "~/platform/email/define-email";
import { en as supportsEn, fr as supportsFr } from "../messages";
import { en as feedbackEn, fr as feedbackFr } from "../messages-feedback";

export type FeedbackRequestEmailInput = {
  levelKind: LevelKind;
  organizationName: string;
  programme: string;
  /** The personal link: `${appUrl}/avis/${token}`. */
  url: string;
  /** The last day the link works, already written ("30 mars 2027"). */
  validUntil: string;
  /** 1 or 2 for a reminder; absent for the first sending. */
  reminder?: 1 | 2;
};

export const feedbackRequestEmail = defineEmail(
  { fr: { ...feedbackFr, ...supportsFr }, en: { ...feedbackEn, ...supportsEn } },
  (t, input: FeedbackRequestEmailInput) => {
    const level = t(`supports.level.${input.levelKind}`);
    const context = { level, organization: input.organizationName, programme: input.programme };
    const reminder = input.reminder !== undefined;
    return {
      subject: reminder
        ? t("supports.feedback.email.reminderSubject", { level })
        : t("supports.feedback.email.subject", { level }),
      body: [
        t("supports.feedback.email.greeting"),
        reminder
          ? t("supports.feedback.email.reminderIntro", context)
          : t("supports.feedback.email.intro", context),
        t("supports.feedback.email.ask"),
        t("supports.feedback.email.link", { url: input.url }),
        reminder
          ? t("supports.feedback.email.reminderValid", { date: input.validUntil })
          : t("supports.feedback.email.valid", { date: input.validUntil }),
        t("supports.feedback.email.personal"),
        t("supports.feedback.email.thanks"),
        t("supports.feedback.email.signature"),
      ],
    };
  },
);
