/**
 * The secret link to resume a diagnostic: a random token in the URL, only its SHA-256 stored, so
 * a copy of the database never gives access to anyone's answers.
 */
import { createHash, randomBytes } from "node:crypto";

/** 24 random bytes, written in base64url: 32 characters. */
const tokenBytes = 24;
const tokenPattern = /^[A-Za-z0-9_-]{32}$/;

/** Creates a new resume token and the hash to store. */
export function createResumeToken(): { token: string; hash: string } {
  const token = randomBytes(tokenBytes).toString("base64url");
  return { token, hash: hashResumeToken(token) };
}

/** Hashes a resume token the way it is stored. */
export function hashResumeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tells whether a URL segment has the shape of a resume token (checked before any query). */
export function isResumeToken(value: unknown): value is string {
  return typeof value === "string" && tokenPattern.test(value);
}
