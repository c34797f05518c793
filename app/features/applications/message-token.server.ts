// The idempotency of a message form (issue 11): the page's loader puts a fresh random token in
// the form, and the message is stored under an id derived from the application and that token.
// A replay of the same submission (a second click, a resent POST, back then resubmit) derives
// the same id, which the primary key refuses: nothing new is stored, nobody is notified twice.
// The application is part of the hash, so a token copied to another application's form names
// another message (ADR 0010).
import { createHash, randomUUID } from "node:crypto";

/** A fresh token for one rendering of a message form. */
export function newMessageToken(): string {
  return randomUUID();
}

/**
 * The id of the message that the form of `token` stores on `applicationId`: the first 128 bits of
 * SHA-256 over both, written as a UUID of version 8 (RFC 9562, custom), so the same pair always
 * gives the same id and two pairs practically never share one.
 */
export function messageIdFor(applicationId: string, token: string): string {
  const bytes = createHash("sha256")
    .update(`application-message\u0000${applicationId}\u0000${token.toLowerCase()}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
