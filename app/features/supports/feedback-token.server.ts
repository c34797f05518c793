/**
 * The personal link of the feedback survey sent when a support closes: a signed token in the URL,
 * so a member of the structure answers without signing in. Nothing is stored to verify it (unlike
 * the diagnostic's resume token, a random value whose SHA-256 is stored, see
 * ../diagnostic/resume-token.server.ts): the token carries the support, the recipient and the
 * expiry, signed with HMAC-SHA-256 under the server secret, which the caller passes.
 *
 * Format: `<payload>.<signature>`, both base64url (URL-safe, no padding). The payload is the JSON
 * `{"p":purpose,"s":supportId,"u":userId,"e":expiresAtMs}`; it is signed, not encrypted (whoever
 * holds the link can read the ids in it). The signature covers the purpose tag and the payload,
 * so a token signed for another purpose with the same secret never verifies here.
 *
 * The token proves who the link was sent to and until when; "one answer per support" is the
 * database's rule (a unique answer per support), not the token's: a valid link can be opened again.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a feedback link is valid after it is issued. */
export const FEEDBACK_LINK_VALID_DAYS = 30;

/** Longest token accepted: anything longer is refused before any decoding or crypto. */
export const FEEDBACK_TOKEN_MAX_LENGTH = 512;

/** A secret shorter than this is refused (the same floor as BETTER_AUTH_SECRET's). */
export const FEEDBACK_SECRET_MIN_LENGTH = 32;

/** Longest recipient id a token carries (user ids are short text keys). */
export const FEEDBACK_USER_ID_MAX_LENGTH = 100;

const dayMs = 24 * 60 * 60 * 1000;
const validMs = FEEDBACK_LINK_VALID_DAYS * dayMs;

/** The purpose tag: signed with the payload and written in it. Change the version to revoke all. */
const purpose = "digitess.support-feedback.v1";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Printable ASCII without space: what a user id may contain. */
const USER_ID = new RegExp(`^[\\x21-\\x7e]{1,${FEEDBACK_USER_ID_MAX_LENGTH}}$`);
/** A SHA-256 HMAC is 32 bytes: 43 base64url characters. */
const TOKEN = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/;

export type FeedbackTokenClaims = {
  readonly supportId: string;
  readonly userId: string;
  readonly issuedAt: Date;
};

export type FeedbackTokenResult =
  | {
      readonly ok: true;
      readonly supportId: string;
      readonly userId: string;
      readonly expiresAt: Date;
    }
  | { readonly ok: false; readonly reason: "malformed" | "bad_signature" | "expired" };

function checkSecret(secret: string): void {
  if (typeof secret !== "string" || secret.length < FEEDBACK_SECRET_MIN_LENGTH) {
    throw new RangeError(
      `The feedback token secret must have at least ${FEEDBACK_SECRET_MIN_LENGTH} characters`,
    );
  }
}

function checkDate(date: Date, name: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new RangeError(`${name} must be a valid date`);
  return time;
}

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`${purpose}.${payload}`).digest("base64url");
}

/**
 * Issues the link token of one recipient for one support, valid FEEDBACK_LINK_VALID_DAYS days from
 * `issuedAt`. Throws on a support id that is not a uuid, a user id that is not 1-100 printable
 * ASCII characters, an invalid date or a short secret: these are the caller's mistakes.
 */
export function issueFeedbackToken(claims: FeedbackTokenClaims, secret: string): string {
  checkSecret(secret);
  const supportId = typeof claims.supportId === "string" ? claims.supportId.toLowerCase() : "";
  if (!UUID.test(supportId)) throw new RangeError("supportId must be a uuid");
  if (typeof claims.userId !== "string" || !USER_ID.test(claims.userId)) {
    throw new RangeError("userId must be 1-100 printable ASCII characters");
  }
  const expiresAt = checkDate(claims.issuedAt, "issuedAt") + validMs;
  if (Number.isNaN(new Date(expiresAt).getTime())) throw new RangeError("issuedAt is too late");
  const payload = Buffer.from(
    JSON.stringify({ p: purpose, s: supportId, u: claims.userId, e: expiresAt }),
    "utf8",
  ).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** Reads a payload whose signature was verified; null when its shape is not this version's. */
function readPayload(payload: string): { s: string; u: string; e: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { p, s, u, e } = value as Record<string, unknown>;
  if (p !== purpose) return null;
  if (typeof s !== "string" || !UUID.test(s)) return null;
  if (typeof u !== "string" || !USER_ID.test(u)) return null;
  if (typeof e !== "number" || !Number.isSafeInteger(e)) return null;
  return { s, u, e };
}

/**
 * Verifies a link token at `now`. Never throws on the token, whatever it is: anything that is not
 * a string of at most 512 characters made of two base64url parts is `malformed` before any
 * decoding or crypto; then the signature is compared in constant time (`bad_signature`, also for a
 * token signed with another secret or for another purpose); then the expiry: the link is valid
 * while now < expiresAt, so exactly 30 days after issue it is `expired`. Throws only on a short
 * secret or an invalid `now` (the caller's mistakes).
 */
export function verifyFeedbackToken(
  token: unknown,
  secret: string,
  now: Date,
): FeedbackTokenResult {
  checkSecret(secret);
  const nowMs = checkDate(now, "now");
  if (typeof token !== "string" || token.length > FEEDBACK_TOKEN_MAX_LENGTH) {
    return { ok: false, reason: "malformed" };
  }
  const parts = TOKEN.exec(token);
  if (!parts) return { ok: false, reason: "malformed" };
  const [, payload, signature] = parts as unknown as [string, string, string];

  // Compare the written signatures, not the decoded bytes: base64url has several spellings of the
  // same last byte, and only ours is accepted. Both are 43 ASCII characters.
  const expected = Buffer.from(sign(payload, secret), "ascii");
  if (!timingSafeEqual(expected, Buffer.from(signature, "ascii"))) {
    return { ok: false, reason: "bad_signature" };
  }
  const claims = readPayload(payload);
  // Signed by us but not of this shape: only an older or broken issuer could produce it.
  if (!claims) return { ok: false, reason: "malformed" };
  if (nowMs >= claims.e) return { ok: false, reason: "expired" };
  return { ok: true, supportId: claims.s, userId: claims.u, expiresAt: new Date(claims.e) };
}
