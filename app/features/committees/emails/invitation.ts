// A committee member's invitation to a session, sent with the session's .ics file
// (invitations.server.ts): when the pre-review opens ("invite"), again when the date, place or
// video link changes ("update"), and, to a member removed from the session, its cancellation
// ("cancel"). The time is written for the member (Paris time and, overseas, their own).
import { defineEmail, type EmailBlock } from "~/platform/email/define-email";
import { en, fr } from "../messages-sessions";

export type InvitationKind = "invite" | "update" | "cancel";

export type InvitationEmailInput = {
  kind: InvitationKind;
  name: string;
  programme: string;
  /** The session's day in Paris, for the subject ("jeudi 14 janvier 2027"). */
  day: string;
  /** The session's time as this member reads it (sessionTimeText). */
  when: string;
  place: string | null;
  videoLink: string | null;
  items: number;
  /** Members may score now (the session is open for pre-review). */
  preReviewOpen: boolean;
  url: string;
};

export const invitationEmail = defineEmail({ fr, en }, (t, input: InvitationEmailInput) => {
  const values = { programme: input.programme, day: input.day, when: input.when };
  const greeting = t("committees.invitation.greeting", { name: input.name });
  if (input.kind === "cancel") {
    return {
      subject: t("committees.invitation.subject.cancel", values),
      body: [
        greeting,
        t("committees.invitation.intro.cancel", values),
        t("committees.invitation.calendarCancel"),
        t("committees.invitation.signature"),
      ],
    };
  }
  const where: EmailBlock[] = [];
  if (input.place) where.push(t("committees.invitation.place", { place: input.place }));
  if (input.videoLink) where.push(t("committees.invitation.video", { link: input.videoLink }));
  if (where.length === 0) where.push(t("committees.invitation.noPlace"));
  return {
    subject: t(`committees.invitation.subject.${input.kind}`, values),
    body: [
      greeting,
      t(`committees.invitation.intro.${input.kind}`, values),
      ...where,
      t("committees.invitation.items", { count: input.items }),
      ...(input.preReviewOpen ? [t("committees.invitation.preReview")] : []),
      t("committees.invitation.calendar"),
      t("committees.invitation.link", { url: input.url }),
      t("committees.invitation.signature"),
    ],
  };
});
