import { describe, expect, it } from "vitest";
import { attempt, isUniqueViolation, NotFound, notFoundError, Refusal, refuse } from "./outcome";

describe("attempt", () => {
  it("gives the value of a command that acted", async () => {
    await expect(attempt(async () => 42)).resolves.toEqual({ ok: true, value: 42 });
  });
  it("gives the refusal of a command that refused, with its code, field and message", async () => {
    const outcome = await attempt(async () =>
      refuse({ code: "taken", message: "programs.error.slugTaken", field: "slug" }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusal).toBeInstanceOf(Refusal);
    expect(outcome.refusal.code).toBe("taken");
    expect(outcome.refusal.field).toBe("slug");
    expect(outcome.refusal.message).toBe("programs.error.slugTaken");
  });
  it("lets NotFound and other errors through", async () => {
    await expect(attempt(async () => notFoundError("programme x"))).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      attempt(async () => {
        throw new TypeError("boom");
      }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});

describe("isUniqueViolation", () => {
  it("finds 23505 on the error or its causes", () => {
    expect(isUniqueViolation({ code: "23505" })).toBe(true);
    expect(isUniqueViolation({ cause: { cause: { code: "23505" } } })).toBe(true);
    expect(isUniqueViolation({ code: "23503" })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
