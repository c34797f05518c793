// The e-mails of the organizations feature, built with defineEmail from the catalogue. Each
// template returns subject, text and HTML; the caller adds the recipient for sendEmailJob. The
// link is the first URL of the text.
import { defineEmail } from "~/platform/email/define-email";
import { en, fr } from "../messages";

/** The invitation to join an organisation, with the link that accepts it. */
export const invitationMail = defineEmail(
  { fr, en },
  (t, input: { organization: string; inviter: string; url: string }) => ({
    subject: t("organizations.email.invitation.subject", input),
    body: [t("organizations.email.invitation.body", input)],
  }),
);

/** Tells an owner that someone asks to join their organisation. */
export const joinRequestMail = defineEmail(
  { fr, en },
  (
    t,
    input: {
      organization: string;
      name: string;
      email: string;
      message: string | null;
      url: string;
    },
  ) => {
    const message = input.message
      ? t("organizations.email.joinRequest.message", { message: input.message })
      : "";
    const params = { ...input, message };
    return {
      subject: t("organizations.email.joinRequest.subject", params),
      body: [t("organizations.email.joinRequest.body", params)],
    };
  },
);

/** Tells the requester the owners' answer. */
export const joinDecisionMail = defineEmail(
  { fr, en },
  (t, input: { name: string; organization: string; accepted: boolean; url: string }) => {
    const kind = input.accepted ? "joinAccepted" : "joinDeclined";
    const params = { name: input.name, organization: input.organization, url: input.url };
    return {
      subject: t(`organizations.email.${kind}.subject`, params),
      body: [t(`organizations.email.${kind}.body`, params)],
    };
  },
);
