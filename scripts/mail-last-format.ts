/** The pure part of `npm run mail:last`: which message, and how it is printed. */
import type { OutboxMessage } from "../app/platform/email/outbox.server";

/** The newest message to `address` (messages come newest first), case-insensitive. */
export function lastMailTo(
  messages: readonly OutboxMessage[],
  address: string,
): OutboxMessage | null {
  const wanted = address.trim().toLowerCase();
  return messages.find((message) => message.to.toLowerCase().includes(wanted)) ?? null;
}

/** The message as a person reads it, with its links listed whole at the end. */
export function formatMail(message: OutboxMessage): string {
  const links = [...new Set(message.text.match(/https?:\/\/[^\s<>"]+/g) ?? [])];
  return [
    `À : ${message.to}`,
    `Objet : ${message.subject}`,
    ...(message.date ? [`Date : ${message.date.toISOString()}`] : []),
    "",
    message.text.trim(),
    ...(links.length > 0 ? ["", "Liens :", ...links.map((link) => `  ${link}`)] : []),
  ].join("\n");
}
