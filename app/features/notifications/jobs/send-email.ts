/**
 * Sends one e-mail through the configured transport (outbox on disk or SMTP). The payload is a
 * template's output (app/platform/email/define-email.ts) plus the recipient.
 */
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job";

export const sendEmailJob = defineJob({
  name: "send-email",
  payload: z.object({
    to: z.email(),
    subject: z.string().min(1).max(300),
    text: z.string().min(1),
    /** The HTML alternative; the plain text is the reference. */
    html: z.string().min(1).optional(),
  }),
  // A mail server down for hours must not lose mail: 12 retries from 15 s, doubling, wait at
  // least 17 hours in all before the mail joins the failed jobs (ADR 0016).
  retryLimit: 12,
  retryDelaySeconds: 15,
  async handle(mail, { mail: transport, logger }) {
    const { messageId } = await transport.send(mail);
    logger.info({ messageId, transport: transport.kind }, "e-mail sent");
  },
});
