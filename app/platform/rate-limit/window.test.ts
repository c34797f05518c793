import { describe, expect, it } from "vitest";
import { decide, windowStartOf } from "./window";

const hourly = { limit: 20, windowMs: 60 * 60 * 1000 };

describe("windowStartOf", () => {
  it("aligns windows on the epoch", () => {
    expect(windowStartOf(new Date("2026-05-04T10:42:17.500Z"), hourly)).toEqual(
      new Date("2026-05-04T10:00:00.000Z"),
    );
    expect(windowStartOf(new Date("2026-05-04T10:00:00.000Z"), hourly)).toEqual(
      new Date("2026-05-04T10:00:00.000Z"),
    );
    expect(windowStartOf(new Date("2026-05-04T10:59:59.999Z"), hourly)).toEqual(
      new Date("2026-05-04T10:00:00.000Z"),
    );
  });

  it("works for windows that do not divide an hour", () => {
    const policy = { limit: 1, windowMs: 7 * 60 * 1000 };
    const start = windowStartOf(new Date("2026-05-04T10:42:00Z"), policy);
    expect(start.getTime() % policy.windowMs).toBe(0);
    expect(new Date("2026-05-04T10:42:00Z").getTime() - start.getTime()).toBeLessThan(
      policy.windowMs,
    );
  });
});

describe("decide", () => {
  const now = new Date("2026-05-04T10:42:17.200Z");

  it("allows up to the limit and says how many remain", () => {
    expect(decide(1, now, hourly)).toEqual({ allowed: true, remaining: 19 });
    expect(decide(20, now, hourly)).toEqual({ allowed: true, remaining: 0 });
  });

  it("refuses over the limit until the window ends", () => {
    expect(decide(21, now, hourly)).toEqual({
      allowed: false,
      retryAt: new Date("2026-05-04T11:00:00.000Z"),
      // 17 min 42.8 s, rounded up.
      retryAfterSeconds: 17 * 60 + 43,
    });
  });

  it("never asks to wait less than a second", () => {
    const last = new Date("2026-05-04T10:59:59.999Z");
    expect(decide(99, last, hourly)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });
});
