import { describe, expect, it } from "vitest";
import { isPossibleUserId } from "./user-id";

describe("isPossibleUserId", () => {
  it("accepts the ids better-auth and the seeds write", () => {
    expect(isPossibleUserId("k3v9Qw2LrT8sYx1ZpN4bHc6dJf0gMa5e")).toBe(true);
    expect(isPossibleUserId("volume-staff")).toBe(true);
  });

  it("refuses an empty, NUL-bearing or oversized value", () => {
    expect(isPossibleUserId("")).toBe(false);
    expect(isPossibleUserId("abc\u0000")).toBe(false);
    expect(isPossibleUserId("x".repeat(201))).toBe(false);
  });
});
