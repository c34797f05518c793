// The acknowledgement e-mail sent at submission: what was received, the number, the next step,
// the links to follow the application and to download the PDF receipt.
import { defineEmail } from "~/platform/email/define-email";
import { formatDateTime } from "~/platform/format/dates";
import { formatEuros } from "~/platform/format/money";
import { formatBytes } from "../format";
import { nextStepMessage } from "../labels";
import { en, fr } from "../messages";
import type { SubmissionSnapshot } from "../snapshot";

/** Subject, text and HTML of the acknowledgement of `snapshot`. */
export const acknowledgementEmail = defineEmail(
  { fr, en },
  (
    t,
    input: {
      snapshot: SubmissionSnapshot;
      recipientName: string;
      followUrl: string;
      receiptUrl: string;
    },
  ) => {
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
    return {
      subject: t("applications.email.ack.subject", { number: snapshot.number }),
      body: [
        t("applications.email.greeting", { name: input.recipientName }),
        [
          t("applications.email.ack.intro", {
            organization: snapshot.organization.name,
            program: snapshot.program.name,
            date: formatDateTime(snapshot.submittedAt, "fr"),
          }),
          t("applications.email.ack.number", { number: snapshot.number }),
        ].join("\n"),
        { title: t("applications.email.ack.levels"), items: levels },
        { title: t("applications.email.ack.files"), items: files },
        ...(snapshot.flaggedForReview ? [t("applications.email.ack.flagged")] : []),
        t("applications.email.ack.next", { next: nextStepMessage("submitted") }),
        [
          t("applications.email.ack.follow", { url: input.followUrl }),
          t("applications.email.ack.receipt", { url: input.receiptUrl }),
        ].join("\n"),
        t("applications.email.signature"),
      ],
    };
  },
);
