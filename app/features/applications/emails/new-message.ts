// The notification of a new message in an application's thread. The message itself is not
// copied into the e-mail (it may hold personal data): the reader follows the link, signed in.
import { createTranslator } from "~/platform/i18n/translator";
import { en, fr } from "../messages";

const t = createTranslator({ fr, en }, "fr");

/** Subject and text telling `to` that a message was posted on an application. */
export function newMessageEmail(input: {
  applicationLabel: string;
  organizationName: string;
  authorName: string;
  isInformationRequest: boolean;
  url: string;
}): { subject: string; text: string } {
  const kind = input.isInformationRequest ? "request" : "message";
  const text = [
    t("applications.email.greetingAnonymous"),
    "",
    t(`applications.email.message.${kind}.intro`, {
      author: input.authorName,
      application: input.applicationLabel,
      organization: input.organizationName,
    }),
    "",
    t("applications.email.message.link", { url: input.url }),
    "",
    t("applications.email.signature"),
  ].join("\n");
  return {
    subject: t(`applications.email.message.${kind}.subject`, {
      application: input.applicationLabel,
    }),
    text,
  };
}
