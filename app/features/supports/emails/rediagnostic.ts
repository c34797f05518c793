// The invitation to take the diagnostic again, to each member of a structure months after its last
// support closed (rediagnostic-invitations.server.ts): when the support ended, that a new
// diagnostic takes about 10 minutes and shows what changed, the link to start it (`/diagnostic`,
// the first URL of the text), and the page where the gain per theme shows afterwards
// (`/espace/diagnostics`).
import { defineEmail } from "~/platform/email/define-email";
import { en, fr } from "../messages-rediagnostic";

export type RediagnosticEmailInput = {
  organizationName: string;
  /** The programme of the last support that closed. */
  programme: string;
  /** Whole months since that support closed (at least 1). */
  months: number;
  /** `${appUrl}/diagnostic`: where a signed-in member starts a diagnostic for the structure. */
  url: string;
  /** `${appUrl}/espace/diagnostics?structure=…`: the structure's diagnostics and their gain. */
  diagnosticsUrl: string;
};

export const rediagnosticEmail = defineEmail({ fr, en }, (t, input: RediagnosticEmailInput) => {
  const organization = input.organizationName;
  const context = { organization, programme: input.programme };
  return {
    subject: t("supports.rediagnostic.email.subject", { organization }),
    body: [
      t("supports.rediagnostic.email.greeting"),
      input.months === 1
        ? t("supports.rediagnostic.email.endedOneMonth", context)
        : t("supports.rediagnostic.email.ended", { ...context, months: input.months }),
      t("supports.rediagnostic.email.why"),
      t("supports.rediagnostic.email.link", { url: input.url }),
      t("supports.rediagnostic.email.signIn", { organization }),
      t("supports.rediagnostic.email.gain", { diagnosticsUrl: input.diagnosticsUrl }),
      t("supports.rediagnostic.email.noRush"),
      t("supports.rediagnostic.email.signature"),
    ],
  };
});
