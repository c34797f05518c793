/**
 * Sends one e-mail through the configured transport (outbox on disk or SMTP). The payload is a
 * template's output (app/platform/email/define-email.ts) plus the recipient and, optionally, its
 * attachments: a file of the file store by its key (read here when sending, so the bytes never
 * sit in the job table) or a small inline text (app/platform/email/attachments.ts).
 */
import { z } from "zod";
import { mailAttachmentsSchema, resolveAttachments } from "~/platform/email/attachments";
import { defineJob } from "~/platform/jobs/define-job";

export const sendEmailJob = defineJob({
  name: "send-email",
  payload: z.object({
    to: z.email(),
    subject: z.string().min(1).max(300),
    text: z.string().min(1),
    /** The HTML alternative; the plain text is the reference. */
    html: z.string().min(1).optional(),
    attachments: mailAttachmentsSchema.optional(),
  }),
  // A mail server down for hours must not lose mail: 12 retries from 15 s, doubling, wait at
  // least 17 hours in all before the mail joins the failed jobs (ADR 0016).
  retryLimit: 12,
  retryDelaySeconds: 15,
  async handle({ attachments, ...mail }, { mail: transport, storage, logger }) {
    const files = await resolveAttachments(storage, attachments);
    const { messageId } = await transport.send(
      files.length > 0 ? { ...mail, attachments: files } : mail,
    );
    logger.info({ messageId, transport: transport.kind, attachments: files.length }, "e-mail sent");
  },
});
