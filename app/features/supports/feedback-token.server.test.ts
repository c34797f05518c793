import * as crypto from "node:crypto";
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  FEEDBACK_LINK_VALID_DAYS,
  FEEDBACK_TOKEN_MAX_LENGTH,
  issueFeedbackToken,
  verifyFeedbackToken,
} from "./feedback-token.server";

// Count the HMACs computed, to show that bad shapes are refused before any crypto.
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, createHmac: vi.fn(actual.createHmac) };
});

const secret = "s".repeat(32);
const otherSecret = "t".repeat(32);
const supportId = "0b9c6f5e-1f0a-4b7e-9d8c-3a2b1c0d9e8f";
const userId = "Xq3kP0aZ9rT2mB7vC1dE5fG8hJ4kL6nN";
const issuedAt = new Date("2026-03-02T09:15:00.123Z");
const thirtyDaysMs = 30 * 24 * 60 * 60 * 1000;
const expiresAt = new Date(issuedAt.getTime() + thirtyDaysMs);
const token = issueFeedbackToken({ supportId, userId, issuedAt }, secret);

const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** Signs a payload the way the module does, to build tokens it signed but never issued. */
const signAs = (tag: string, payload: string, key = secret) =>
  `${payload}.${crypto.createHmac("sha256", key).update(`${tag}.${payload}`).digest("base64url")}`;
const purpose = "digitess.support-feedback.v1";

/** Replaces the character at `index` by another base64url character. */
function mutate(value: string, index: number): string {
  const replacement = value[index] === "A" ? "B" : "A";
  return value.slice(0, index) + replacement + value.slice(index + 1);
}

beforeEach(() => {
  vi.mocked(crypto.createHmac).mockClear();
});

describe("issueFeedbackToken", () => {
  it("gives a URL-safe token of two parts, well under the length limit", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(encodeURIComponent(token)).toBe(token);
    const longest = issueFeedbackToken(
      { supportId, userId: "\\".repeat(100), issuedAt: new Date(8.64e15 - thirtyDaysMs) },
      secret,
    );
    expect(longest.length).toBeLessThanOrEqual(FEEDBACK_TOKEN_MAX_LENGTH);
    expect(verifyFeedbackToken(longest, secret, issuedAt).ok).toBe(true);
  });

  it("carries the purpose, the support, the recipient and the expiry, 30 days after issue", () => {
    expect(FEEDBACK_LINK_VALID_DAYS).toBe(30);
    const [payload] = token.split(".");
    expect(decode(payload as string)).toEqual({
      p: purpose,
      s: supportId,
      u: userId,
      e: expiresAt.getTime(),
    });
  });

  it("is deterministic and depends on every claim and on the secret", () => {
    expect(issueFeedbackToken({ supportId, userId, issuedAt }, secret)).toBe(token);
    const others = [
      issueFeedbackToken({ supportId, userId, issuedAt }, otherSecret),
      issueFeedbackToken({ supportId, userId: `${userId}x`, issuedAt }, secret),
      issueFeedbackToken({ supportId: supportId.replace("0b", "0c"), userId, issuedAt }, secret),
      issueFeedbackToken({ supportId, userId, issuedAt: new Date(issuedAt.getTime() + 1) }, secret),
    ];
    expect(new Set([token, ...others]).size).toBe(5);
  });

  it("writes the support id in lower case", () => {
    const upper = issueFeedbackToken(
      { supportId: supportId.toUpperCase(), userId, issuedAt },
      secret,
    );
    expect(upper).toBe(token);
  });

  it.each([
    ["a support id that is not a uuid", { supportId: "not-a-uuid" }],
    ["an empty support id", { supportId: "" }],
    ["a uuid with extra text", { supportId: `${supportId}x` }],
    ["an empty user id", { userId: "" }],
    ["a user id with a space", { userId: "a b" }],
    ["a user id with a NUL", { userId: "a\u0000b" }],
    ["a non-ASCII user id", { userId: "élodie" }],
    ["a user id of 101 characters", { userId: "u".repeat(101) }],
    ["an invalid date", { issuedAt: new Date("nope") }],
    ["a date too late for its expiry", { issuedAt: new Date(8.64e15) }],
  ])("refuses %s", (_, change) => {
    expect(() => issueFeedbackToken({ supportId, userId, issuedAt, ...change }, secret)).toThrow(
      RangeError,
    );
  });

  it("refuses a secret shorter than 32 characters, on issue and on verify", () => {
    expect(() => issueFeedbackToken({ supportId, userId, issuedAt }, "s".repeat(31))).toThrow(
      /32 characters/,
    );
    expect(() => verifyFeedbackToken(token, "", issuedAt)).toThrow(/32 characters/);
  });
});

describe("verifyFeedbackToken", () => {
  it("gives back the support, the recipient and the expiry of a token it issued", () => {
    expect(verifyFeedbackToken(token, secret, issuedAt)).toEqual({
      ok: true,
      supportId,
      userId,
      expiresAt,
    });
  });

  it("accepts the link until the last millisecond of the 30 days, not at 30 days exactly", () => {
    const at = (ms: number) => verifyFeedbackToken(token, secret, new Date(ms));
    expect(at(expiresAt.getTime() - 1).ok).toBe(true);
    expect(at(expiresAt.getTime())).toEqual({ ok: false, reason: "expired" });
    expect(at(expiresAt.getTime() + 1)).toEqual({ ok: false, reason: "expired" });
    expect(at(issuedAt.getTime() + 365 * 24 * 3600 * 1000)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token signed with another secret", () => {
    expect(verifyFeedbackToken(token, otherSecret, issuedAt)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("checks the signature before the expiry: a forged expired token is a bad signature", () => {
    const forged = issueFeedbackToken({ supportId, userId, issuedAt }, otherSecret);
    expect(verifyFeedbackToken(forged, secret, expiresAt)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("refuses a payload changed in any character", () => {
    const [payload, signature] = token.split(".") as [string, string];
    for (let index = 0; index < payload.length; index += 1) {
      const changed = `${mutate(payload, index)}.${signature}`;
      expect(verifyFeedbackToken(changed, secret, issuedAt), `payload[${index}]`).toEqual({
        ok: false,
        reason: "bad_signature",
      });
    }
  });

  it("refuses another recipient, another support or a later expiry under the same signature", () => {
    const [, signature] = token.split(".") as [string, string];
    const claims = { p: purpose, s: supportId, u: userId, e: expiresAt.getTime() };
    for (const change of [
      { u: "someone-else" },
      { s: "11111111-1111-4111-8111-111111111111" },
      { e: expiresAt.getTime() + thirtyDaysMs },
    ]) {
      const forged = `${encode({ ...claims, ...change })}.${signature}`;
      expect(verifyFeedbackToken(forged, secret, issuedAt)).toEqual({
        ok: false,
        reason: "bad_signature",
      });
    }
  });

  it("refuses a signature changed in any character, including another spelling of its last byte", () => {
    const [payload, signature] = token.split(".") as [string, string];
    for (let index = 0; index < signature.length; index += 1) {
      const changed = `${payload}.${mutate(signature, index)}`;
      expect(verifyFeedbackToken(changed, secret, issuedAt), `signature[${index}]`).toEqual({
        ok: false,
        reason: "bad_signature",
      });
    }
    // The 43rd character carries 4 bits of the last byte and 2 unused bits: flipping an unused
    // bit decodes to the same 32 bytes, and must still be refused.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(signature.at(-1) as string);
    const respelled = `${signature.slice(0, -1)}${alphabet[last ^ 1]}`;
    expect(Buffer.from(respelled, "base64url")).toEqual(Buffer.from(signature, "base64url"));
    expect(verifyFeedbackToken(`${payload}.${respelled}`, secret, issuedAt)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("never verifies a token of another purpose signed with the same secret", () => {
    const claims = { p: purpose, s: supportId, u: userId, e: expiresAt.getTime() };
    // Same claims, signed under another purpose tag.
    expect(
      verifyFeedbackToken(signAs("digitess.other.v1", encode(claims)), secret, issuedAt),
    ).toEqual({ ok: false, reason: "bad_signature" });
    // Signed with our tag but claiming another purpose in the payload (or none).
    const { p: _, ...withoutPurpose } = claims;
    for (const payload of [{ ...claims, p: "digitess.other.v1" }, withoutPurpose]) {
      expect(verifyFeedbackToken(signAs(purpose, encode(payload)), secret, issuedAt)).toEqual({
        ok: false,
        reason: "malformed",
      });
    }
    // A random token such as a diagnostic resume token (32 bytes, base64url) is not one.
    expect(
      verifyFeedbackToken(crypto.randomBytes(32).toString("base64url"), secret, issuedAt),
    ).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it.each([
    ["not JSON", Buffer.from("hello").toString("base64url")],
    ["JSON null", encode(null)],
    ["a JSON array", encode([purpose])],
    ["a support id that is not a uuid", encode({ p: purpose, s: "x", u: userId, e: 1e13 })],
    [
      "an upper-case support id",
      encode({ p: purpose, s: supportId.toUpperCase(), u: userId, e: 1e13 }),
    ],
    ["an empty user id", encode({ p: purpose, s: supportId, u: "", e: 1e13 })],
    ["a numeric user id", encode({ p: purpose, s: supportId, u: 42, e: 1e13 })],
    ["an expiry as text", encode({ p: purpose, s: supportId, u: userId, e: "1e13" })],
    ["a fractional expiry", encode({ p: purpose, s: supportId, u: userId, e: 1e13 + 0.5 })],
  ])("calls malformed a signed payload of the wrong shape: %s", (_, payload) => {
    expect(verifyFeedbackToken(signAs(purpose, payload), secret, issuedAt)).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it.each<[string, unknown]>([
    ["an empty string", ""],
    ["a dot", "."],
    ["no signature", token.split(".")[0]],
    ["an empty payload", `.${token.split(".")[1]}`],
    ["three parts", `${token}.x`],
    ["a short signature", token.slice(0, -1)],
    ["a long signature", `${token}A`],
    ["padding", `${token}=`],
    ["a NUL", `${token.slice(0, 5)}\u0000${token.slice(5)}`],
    ["a trailing NUL", `${token}\u0000`],
    ["non-ASCII", `é${token}`],
    ["spaces", ` ${token} `],
    ["a line break", `${token}\n`],
    ["standard base64", token.replace(/[-_]/g, "+").replace(/^./, "+")],
    ["more than 512 characters", `${"A".repeat(FEEDBACK_TOKEN_MAX_LENGTH)}.${"A".repeat(43)}`],
    ["a huge string", "A".repeat(1_000_000)],
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["an object", { token }],
    ["an array", [token]],
  ])("calls malformed %s, before any crypto", (_, value) => {
    expect(verifyFeedbackToken(value, secret, issuedAt)).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(crypto.createHmac).not.toHaveBeenCalled();
  });

  it("accepts a token of exactly 512 characters as far as the signature check", () => {
    const atLimit = `${"A".repeat(FEEDBACK_TOKEN_MAX_LENGTH - 44)}.${"A".repeat(43)}`;
    expect(atLimit).toHaveLength(FEEDBACK_TOKEN_MAX_LENGTH);
    expect(verifyFeedbackToken(atLimit, secret, issuedAt)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
    expect(crypto.createHmac).toHaveBeenCalledTimes(1);
  });

  it("refuses an invalid `now` (the caller's mistake)", () => {
    expect(() => verifyFeedbackToken(token, secret, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("feedback tokens (properties)", () => {
  const uuidArb = fc.uuid().map((id) => id.toLowerCase());
  const userIdArb = fc.string({
    unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
    minLength: 1,
    maxLength: 100,
  });
  const dateMsArb = fc.integer({ min: 0, max: 4_102_444_800_000 }); // 1970 to 2100
  const secretArb = fc.string({ minLength: 32, maxLength: 64 });

  it("round-trips any claims while valid, and expires them at 30 days", () => {
    fc.assert(
      fc.property(
        uuidArb,
        userIdArb,
        dateMsArb,
        secretArb,
        fc.integer({ min: 0, max: thirtyDaysMs - 1 }),
        fc.integer({ min: 0, max: 10 * thirtyDaysMs }),
        (support, user, issuedMs, key, before, after) => {
          const issued = issueFeedbackToken(
            { supportId: support, userId: user, issuedAt: new Date(issuedMs) },
            key,
          );
          expect(issued.length).toBeLessThanOrEqual(FEEDBACK_TOKEN_MAX_LENGTH);
          expect(verifyFeedbackToken(issued, key, new Date(issuedMs + before))).toEqual({
            ok: true,
            supportId: support,
            userId: user,
            expiresAt: new Date(issuedMs + thirtyDaysMs),
          });
          expect(
            verifyFeedbackToken(issued, key, new Date(issuedMs + thirtyDaysMs + after)),
          ).toEqual({ ok: false, reason: "expired" });
        },
      ),
    );
  });

  it("never throws and never verifies on arbitrary input", () => {
    const anything = fc.oneof(
      fc.string({ maxLength: 600 }),
      fc.string({ unit: "binary", maxLength: 600 }),
      fc.string({ unit: fc.constantFrom("A", "z", "0", "-", "_", ".", "\u0000"), maxLength: 700 }),
      fc.anything(),
    );
    fc.assert(
      fc.property(anything, (value) => {
        const result = verifyFeedbackToken(value, secret, issuedAt);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("never verifies a valid token after any single edit", () => {
    const edit = fc.record({
      index: fc.nat({ max: token.length }),
      remove: fc.nat({ max: 3 }),
      insert: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(edit, ({ index, remove, insert }) => {
        const edited = token.slice(0, index) + insert + token.slice(index + remove);
        fc.pre(edited !== token);
        expect(verifyFeedbackToken(edited, secret, issuedAt).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
