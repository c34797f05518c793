import { describe, expect, it } from "vitest";
import { anonymousDiagnosticCutoff } from "./retention";

describe("anonymousDiagnosticCutoff", () => {
  it("is the retention period before now", () => {
    const now = new Date("2026-03-31T10:00:00.000Z");
    expect(anonymousDiagnosticCutoff(now, 30).toISOString()).toBe("2026-03-01T10:00:00.000Z");
  });

  it("refuses a period that is not a positive whole number of days", () => {
    expect(() => anonymousDiagnosticCutoff(new Date(), 0)).toThrow(RangeError);
    expect(() => anonymousDiagnosticCutoff(new Date(), 1.5)).toThrow(RangeError);
  });
});
