/**
 * Mail attachments (no Node-only import: the send-email job is reachable from a browser-safe
 * index): the one way to attach a file to an e-mail. A caller that enqueues the
 * `send-email` job gives `attachments` in its payload, each a file name, a content type and
 * either
 * - `storageKey`: a file already in the file store (a PDF rendered by a job and stored first),
 *   read by the job's handler when it sends, so the bytes never sit in the job table; or
 * - `content`: a small text (an `.ics` invitation), inline in the payload.
 * `mailAttachmentsSchema` bounds them (count, names, inline size); `resolveAttachments` reads the
 * stored ones (each capped at MAX_STORED_ATTACHMENT_BYTES) and hands the transport their bytes
 * (`OutgoingMail.attachments`, transport.server.ts), which both transports send through nodemailer.
 * A stored file that is missing makes the send fail, so the job is retried and, at last, listed
 * among the failed jobs: a mail never leaves without the attachment it announces.
 */
import { z } from "zod";
import { limitBytes } from "~/platform/storage/limit-bytes";
import { type FileStorage, isStorageKey } from "~/platform/storage/storage";
import type { MailAttachment } from "./transport.server";

/** At most this many attachments per mail. */
export const MAX_MAIL_ATTACHMENTS = 5;
/** An inline attachment's text, at most (an invitation is a few kilobytes). */
export const MAX_INLINE_ATTACHMENT_CHARS = 64 * 1024;
/** A stored attachment, at most, read from the file store. */
export const MAX_STORED_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const fileName = z
  .string()
  .min(1)
  .max(120)
  // A plain file name: letters, digits, spaces, dots, dashes, underscores, parentheses and
  // apostrophes (no path, no control or quoting character), not starting with a dot.
  .regex(/^[\p{L}\p{N}_(-][\p{L}\p{N} ._()'-]*$/u);
const contentType = z
  .string()
  .max(100)
  // A type and at most a charset and a method (an invitation: "text/calendar; method=REQUEST").
  .regex(/^[a-z]+\/[a-z0-9.+-]+(; ?charset=[a-z0-9-]+)?(; ?method=[a-z]+)?$/i);

export const mailAttachmentSchema = z.union([
  z.strictObject({
    filename: fileName,
    contentType,
    storageKey: z.string().refine(isStorageKey, "not a storage key"),
  }),
  z.strictObject({
    filename: fileName,
    contentType,
    content: z.string().min(1).max(MAX_INLINE_ATTACHMENT_CHARS),
  }),
]);

export const mailAttachmentsSchema = z.array(mailAttachmentSchema).max(MAX_MAIL_ATTACHMENTS);

export type MailAttachmentRef = z.infer<typeof mailAttachmentSchema>;

/** Reads a stored file whole, refusing one larger than `maxBytes`. */
async function readStored(storage: FileStorage, key: string, maxBytes: number): Promise<Buffer> {
  const stream = await storage.get(key);
  if (!stream) throw new Error(`mail attachment ${key} is not in the file store`);
  const chunks: Uint8Array[] = [];
  const reader = stream.pipeThrough(limitBytes(maxBytes)).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The attachments of a job's payload with their bytes, for the transport. */
export async function resolveAttachments(
  storage: FileStorage,
  attachments: readonly MailAttachmentRef[] | undefined,
): Promise<MailAttachment[]> {
  const resolved: MailAttachment[] = [];
  for (const attachment of attachments ?? []) {
    resolved.push({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content:
        "storageKey" in attachment
          ? await readStored(storage, attachment.storageKey, MAX_STORED_ATTACHMENT_BYTES)
          : Buffer.from(attachment.content, "utf8"),
    });
  }
  return resolved;
}
