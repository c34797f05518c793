// The invitation to apply for the next level, to each member of the structure once a diagnostic or
// scoping support closes (next-level.server.ts): what was done, what the next level is, that the
// new application is already prefilled from the previous one, and the link to start it
// (`/espace/candidatures/nouvelle?suite=<previous application>`, the first URL of the text).
import type { LevelKind } from "~/features/applications";
import { defineEmail } from "~/platform/email/define-email";
import { en as supportsEn, fr as supportsFr } from "../messages";
import { en as nextLevelEn, fr as nextLevelFr } from "../messages-next-level";

export type NextLevelEmailInput = {
  /** The level of the support that closed. */
  levelKind: LevelKind;
  /** The level the structure is invited to apply for. */
  nextLevelKind: LevelKind;
  organizationName: string;
  programme: string;
  /** The number of the application the new one is prefilled from ("DE-2026-00042"). */
  applicationNumber: string;
  /** `${appUrl}/espace/candidatures/nouvelle?suite=${applicationId}` */
  url: string;
};

export const nextLevelEmail = defineEmail(
  { fr: { ...nextLevelFr, ...supportsFr }, en: { ...nextLevelEn, ...supportsEn } },
  (t, input: NextLevelEmailInput) => {
    const level = t(`supports.level.${input.levelKind}`);
    const next = t(`supports.level.${input.nextLevelKind}`);
    const organization = input.organizationName;
    return {
      subject: t("supports.nextLevel.email.subject", { organization, next }),
      body: [
        t("supports.nextLevel.email.greeting"),
        t("supports.nextLevel.email.done", { level, organization, programme: input.programme }),
        t("supports.nextLevel.email.next", { next }),
        t("supports.nextLevel.email.prefilled", { number: input.applicationNumber, next }),
        t("supports.nextLevel.email.link", { url: input.url }),
        t("supports.nextLevel.email.again"),
        t("supports.nextLevel.email.signIn"),
        t("supports.nextLevel.email.noRush"),
        t("supports.nextLevel.email.signature"),
      ],
    };
  },
);
