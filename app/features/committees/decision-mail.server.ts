// The decision e-mail of one item, written from its current decision, and enqueued to every
// member of the applicant organisation in the caller's transaction (a required mail: it bypasses
// the notification choices, like the review's ineligibility mail). Called by the closing
// documents' job (closing-documents.server.ts), with the decision letter attached.
import { memberRecipients } from "~/features/applications/index.server";
import { sendEmailJob } from "~/features/notifications";
import type { Transaction } from "~/platform/db/types";
import type { MailAttachmentRef } from "~/platform/email/attachments";
import { formatDay } from "~/platform/format/dates";
import { formatEuros, formatPercent } from "~/platform/format/money";
import type { JobQueue } from "~/platform/jobs/queue.server";
import type { RefusalReason } from "./committee.schema";
import { decisionEmail } from "./emails/decision";
import { agendaLevelsOf, type DecisionView } from "./queries.server";

export async function mailDecision(
  tx: Transaction,
  options: {
    jobs: JobQueue;
    appUrl: string;
    sessionStartsAt: Date;
    application: { id: string; number: string; organizationId: string; organizationName: string };
    requestedLevels: unknown;
    decision: DecisionView;
    amended?: boolean;
    /** The decision letter, stored first (closing-documents.server.ts). */
    attachments?: MailAttachmentRef[];
  },
): Promise<number> {
  const { application, decision } = options;
  const labels = new Map(agendaLevelsOf(options.requestedLevels).map((l) => [l.kind, l.label]));
  const common = {
    number: application.number,
    organizationName: application.organizationName,
    sessionDate: formatDay(options.sessionStartsAt, "fr"),
    url: `${options.appUrl}/espace/candidatures/${application.id}`,
    amended: options.amended ?? false,
    letterAttached: (options.attachments?.length ?? 0) > 0,
  };
  const mail =
    decision.outcome === "accepted"
      ? decisionEmail({
          ...common,
          outcome: "accepted",
          granted: decision.levels
            .filter((level) => level.granted)
            .map((level) => ({
              label: labels.get(level.kind as never) ?? level.kind,
              rate: formatPercent(level.ratePercent ?? 0),
              amount: formatEuros(level.grantedCents ?? 0),
              cost: formatEuros(level.costCents ?? 0),
            })),
          notGranted: decision.levels
            .filter((level) => !level.granted)
            .map((level) => labels.get(level.kind as never) ?? level.kind),
        })
      : decision.outcome === "refused"
        ? decisionEmail({
            ...common,
            outcome: "refused",
            reason: (decision.refusalReason ?? "other") as RefusalReason,
            message: decision.applicantMessage ?? "",
          })
        : decisionEmail({ ...common, outcome: "postponed", missing: decision.missing ?? "" });
  const members = await memberRecipients(tx, application.organizationId);
  for (const member of members) {
    await options.jobs.enqueue(tx, sendEmailJob, {
      to: member.email,
      ...mail,
      ...(options.attachments?.length ? { attachments: options.attachments } : {}),
    });
  }
  return members.length;
}
