// The required e-mail telling an applicant the committee's decision (sent at closing, and again
// when a closed decision is amended): accepted with each level granted, its rate and amount;
// refused with the reason and the committee's message; postponed with what is missing.
import { defineEmail, type EmailBlock } from "~/platform/email/define-email";
import type { RefusalReason } from "../committee.schema";
import { en, fr } from "../messages";

export type DecisionEmailInput = {
  number: string;
  organizationName: string;
  sessionDate: string;
  url: string;
  /** A correction of a closed decision (amendment). */
  amended?: boolean;
  /** The decision letter (PDF) is attached. */
  letterAttached?: boolean;
} & (
  | {
      outcome: "accepted";
      /** Each level granted, already written: "Cadrage : 75 %, 9 000,00 € sur 12 000,00 €". */
      granted: { label: string; rate: string; amount: string; cost: string }[];
      /** Levels requested and not granted. */
      notGranted: string[];
    }
  | { outcome: "refused"; reason: RefusalReason; message: string }
  | { outcome: "postponed"; missing: string }
);

export const decisionEmail = defineEmail({ fr, en }, (t, input: DecisionEmailInput) => {
  const subject = input.amended
    ? t("committees.email.amendedSubject", { number: input.number })
    : t(`committees.email.subject.${input.outcome}`, { number: input.number });
  const intro = t("committees.email.intro", {
    number: input.number,
    organization: input.organizationName,
    date: input.sessionDate,
  });
  const blocks: EmailBlock[] = [t("committees.email.greeting"), intro];
  if (input.amended) blocks.push(t("committees.email.amendedIntro"));
  if (input.outcome === "accepted") {
    blocks.push(t("committees.email.accepted"));
    blocks.push({
      title: t("committees.email.grantedTitle"),
      items: input.granted.map((level) =>
        t("committees.email.grantedLevel", {
          level: level.label,
          rate: level.rate,
          amount: level.amount,
          cost: level.cost,
        }),
      ),
    });
    if (input.notGranted.length > 0) {
      blocks.push(t("committees.email.notGranted", { levels: input.notGranted.join(", ") }));
    }
    blocks.push(t("committees.email.acceptedNext"));
  } else if (input.outcome === "refused") {
    blocks.push(
      t("committees.email.refused", {
        reason: t(`committees.refusalReason.${input.reason}`).toLowerCase(),
      }),
    );
    blocks.push([t("committees.email.committeeMessage"), input.message].join("\n"));
  } else {
    blocks.push(t("committees.email.postponed"));
    blocks.push([t("committees.email.missing"), input.missing].join("\n"));
  }
  if (input.letterAttached) blocks.push(t("committees.email.letterAttached"));
  blocks.push(t("committees.email.link", { url: input.url }));
  blocks.push(t("committees.email.signature"));
  return { subject, body: blocks };
});
