// The account e-mails better-auth asks for (address verification, password reset, magic link),
// built with defineEmail from the auth catalogue. The link is the first URL of the text.
import { defineEmail } from "~/platform/email/define-email";
import { en, fr } from "../messages";

/** The link that confirms a new account's address. */
export const verifyAddressEmail = defineEmail(
  { fr, en },
  (t, input: { name: string; url: string }) => ({
    subject: t("auth.email.verify.subject"),
    body: [t("auth.email.verify.body", input)],
  }),
);

/** The link that lets a user choose a new password (valid one hour). */
export const resetPasswordEmail = defineEmail(
  { fr, en },
  (t, input: { name: string; url: string }) => ({
    subject: t("auth.email.reset.subject"),
    body: [t("auth.email.reset.body", input)],
  }),
);

/** The sign-in link (valid 15 minutes). */
export const magicLinkEmail = defineEmail({ fr, en }, (t, input: { url: string }) => ({
  subject: t("auth.email.magic.subject"),
  body: [t("auth.email.magic.body", input)],
}));
