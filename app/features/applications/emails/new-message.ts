// The notification of a new message in an application's thread. The message itself is not
// copied into the e-mail (it may hold personal data): the reader follows the link, signed in.
import { defineEmail } from "~/platform/email/define-email";
import { en, fr } from "../messages";

/** The e-mail telling its recipient that a message was posted on an application. */
export const newMessageEmail = defineEmail(
  { fr, en },
  (
    t,
    input: {
      applicationLabel: string;
      organizationName: string;
      authorName: string;
      isInformationRequest: boolean;
      url: string;
    },
  ) => {
    const kind = input.isInformationRequest ? "request" : "message";
    return {
      subject: t(`applications.email.message.${kind}.subject`, {
        application: input.applicationLabel,
      }),
      body: [
        t("applications.email.greetingAnonymous"),
        t(`applications.email.message.${kind}.intro`, {
          author: input.authorName,
          application: input.applicationLabel,
          organization: input.organizationName,
        }),
        t("applications.email.message.link", { url: input.url }),
        t("applications.email.signature"),
      ],
    };
  },
);
