// The acknowledgement e-mail sent at submission: what was received, the number, the next step,
// the links to follow the application and to download the PDF receipt. French, plain text.
import { createTranslator } from "~/platform/i18n/translator";
import { formatBytes, formatDateTime, formatEuros } from "../format";
import { nextStepMessage } from "../labels";
import { en, fr } from "../messages";
import type { SubmissionSnapshot } from "../snapshot";

const t = createTranslator({ fr, en }, "fr");

/** Subject and text of the acknowledgement of `snapshot`. */
export function acknowledgementEmail(input: {
  snapshot: SubmissionSnapshot;
  recipientName: string;
  followUrl: string;
  receiptUrl: string;
}): { subject: string; text: string } {
  const { snapshot } = input;
  const levels = snapshot.levels.map((level) =>
    level.totalCostCents === null
      ? t("applications.email.ack.levelNoCost", { level: level.label, rate: level.ratePercent })
      : t("applications.email.ack.level", {
          level: level.label,
          total: formatEuros(level.totalCostCents),
          rate: level.ratePercent,
          share: formatEuros(level.programmeShareCents ?? 0),
          remaining: formatEuros(level.remainingCents ?? 0),
        }),
  );
  const files = snapshot.attachments.map((file) =>
    t("applications.email.ack.file", {
      name: file.fileName,
      kind: t(`applications.attachmentKind.${file.kind}`),
      size: formatBytes(file.sizeBytes),
    }),
  );
  const text = [
    t("applications.email.greeting", { name: input.recipientName }),
    "",
    t("applications.email.ack.intro", {
      organization: snapshot.organization.name,
      program: snapshot.program.name,
      date: formatDateTime(snapshot.submittedAt),
    }),
    t("applications.email.ack.number", { number: snapshot.number }),
    "",
    t("applications.email.ack.levels"),
    ...levels.map((line) => `- ${line}`),
    "",
    t("applications.email.ack.files"),
    ...files.map((line) => `- ${line}`),
    "",
    ...(snapshot.flaggedForReview ? [t("applications.email.ack.flagged"), ""] : []),
    t("applications.email.ack.next", { next: nextStepMessage("submitted") }),
    "",
    t("applications.email.ack.follow", { url: input.followUrl }),
    t("applications.email.ack.receipt", { url: input.receiptUrl }),
    "",
    t("applications.email.signature"),
  ].join("\n");
  return { subject: t("applications.email.ack.subject", { number: snapshot.number }), text };
}
