/**
 * One interface to send mail. By default messages are written as .eml files to an outbox
 * directory (readable by tests and, in demo mode, by administrators); with SMTP_URL they go
 * through SMTP. Nothing else in the app knows which one runs. Attachments reach a transport
 * with their bytes; callers attach files through the `send-email` job's payload
 * (attachments.ts), never by calling a transport themselves.
 */
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

/** A file attached to a mail, with its bytes (resolved by attachments.ts). */
export type MailAttachment = {
  filename: string;
  contentType: string;
  content: Buffer;
};

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
};

export interface MailTransport {
  readonly kind: "outbox" | "smtp";
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** Writes each message as `<outboxDir>/<timestamp>-<id>.eml`. */
export function createOutboxTransport(outboxDir: string, from: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    kind: "outbox",
    async send(mail) {
      const info = await builder.sendMail({ from, ...mail });
      await mkdir(outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID()}.eml`;
      await writeFile(path.join(outboxDir, name), info.message as Buffer);
      return { messageId: info.messageId };
    },
  };
}

/** Sends through the SMTP server named by an smtp:// or smtps:// URL. */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    async send(mail) {
      const info = await transporter.sendMail({ from, ...mail });
      return { messageId: info.messageId };
    },
  };
}
