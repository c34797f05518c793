// Tells a preparer (instructor, administrator) that the daily job prepared the next session from
// the programme's cadence: its date, the members taken from the previous session, the agenda's
// size, whether the place is still to be set, and the link to the session.
import { defineEmail } from "~/platform/email/define-email";
import { createTranslator } from "~/platform/i18n/translator";
import { en, fr } from "../messages-sessions";

export type SessionPreparedInput = {
  programme: string;
  /** The session's date and time, already written ("jeudi 14 janvier 2027 à 14 h 00"). */
  date: string;
  members: number;
  items: number;
  /** A place or a video link was taken from the previous session. */
  hasPlace: boolean;
  url: string;
};

export const sessionPreparedEmail = defineEmail({ fr, en }, (t, input: SessionPreparedInput) => ({
  subject: t("committees.prepared.subject", { programme: input.programme, date: input.date }),
  body: [
    t("committees.prepared.greeting"),
    t("committees.prepared.intro", { programme: input.programme, date: input.date }),
    input.members > 0
      ? t("committees.prepared.members", { count: input.members })
      : t("committees.prepared.noMembers"),
    t("committees.prepared.items", { count: input.items }),
    input.hasPlace ? t("committees.prepared.where") : t("committees.prepared.noPlace"),
    t("committees.prepared.link", { url: input.url }),
    t("committees.prepared.signature"),
  ],
}));

/** The line of the preparer's daily digest (French, like the e-mails). */
export function sessionPreparedLine(
  input: Pick<SessionPreparedInput, "programme" | "date" | "items">,
): string {
  return createTranslator({ fr, en }, "fr")("committees.prepared.line", {
    date: input.date,
    programme: input.programme,
    items: input.items,
  });
}
