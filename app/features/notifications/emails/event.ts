// The e-mail of one application event a user chose to hear of at once, and the line that stands
// for it in a daily digest. Neither copies a message's text (it may hold personal data): the
// reader follows the link, signed in.
import { defineEmail } from "~/platform/email/define-email";
import { createTranslator } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import type { NotificationKind } from "../kinds";
import { en, fr } from "../messages";

export type ApplicationEvent = {
  /** The kinds about one application (a committee session prepared has its own e-mail). */
  kind: Exclude<NotificationKind, "committee_session_prepared">;
  /** The application's number (or the organisation's name before it has one). */
  application: string;
  organization: string;
  /** Who acted. */
  author: string;
  url: string;
  /** The recipient's preferences page. */
  preferencesUrl: string;
};

/** The digest line of `event`. */
export function eventLine(event: ApplicationEvent, locale: Locale = "fr"): string {
  const t = createTranslator({ fr, en }, locale);
  return t(`notifications.event.${event.kind}.line`, {
    application: event.application,
    organization: event.organization,
    author: event.author,
  });
}

/** The e-mail sent at once for `event`. */
export const eventEmail = defineEmail({ fr, en }, (t, event: ApplicationEvent) => ({
  subject: t(`notifications.event.${event.kind}.subject`, { application: event.application }),
  body: [
    t("notifications.email.greeting"),
    t(`notifications.event.${event.kind}.line`, {
      application: event.application,
      organization: event.organization,
      author: event.author,
    }),
    t("notifications.email.link", { url: event.url }),
    t("notifications.email.preferences", { url: event.preferencesUrl }),
    t("notifications.email.signature"),
  ],
}));

/** The daily digest of a user's pending lines. */
export const digestEmail = defineEmail(
  { fr, en },
  (t, input: { items: readonly { line: string; url: string }[]; preferencesUrl: string }) => ({
    subject: t("notifications.digest.subject", { count: input.items.length }),
    body: [
      t("notifications.email.greeting"),
      {
        title: t("notifications.digest.intro"),
        items: input.items.map((item) =>
          t("notifications.digest.item", { line: item.line, url: item.url }),
        ),
      },
      t("notifications.email.preferences", { url: input.preferencesUrl }),
      t("notifications.email.signature"),
    ],
  }),
);
