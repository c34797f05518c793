import { describe, expect, it } from "vitest";
import { createResumeToken, hashResumeToken, isResumeToken } from "./resume-token.server";

describe("resume tokens", () => {
  it("creates distinct URL-safe tokens and stores only their hash", () => {
    const a = createResumeToken();
    const b = createResumeToken();
    expect(a.token).not.toBe(b.token);
    expect(isResumeToken(a.token)).toBe(true);
    expect(a.hash).toBe(hashResumeToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });

  it.each(["", "short", "x".repeat(33), `${"a".repeat(31)}/`, null, 42])(
    "refuses %j as a token",
    (value) => {
      expect(isResumeToken(value)).toBe(false);
    },
  );
});
