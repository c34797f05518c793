import { describe, expect, it } from "vitest";
import { applicationStates } from "~/features/applications";
import { parseEnv } from "~/platform/env.server";
import {
  closedWithoutFundingStates,
  daysBefore,
  exportAvailableUntil,
  isExpired,
  monthsBefore,
  retentionCutoffs,
  retentionPolicyOf,
  unsentStates,
  yearsBefore,
} from "./retention";

const at = (iso: string) => new Date(iso);

describe("monthsBefore", () => {
  it.each([
    ["2027-05-15T10:30:00.000Z", 1, "2027-04-15T10:30:00.000Z"],
    ["2027-05-15T10:30:00.000Z", 12, "2026-05-15T10:30:00.000Z"],
    ["2027-01-15T00:00:00.000Z", 1, "2026-12-15T00:00:00.000Z"],
    ["2027-01-15T00:00:00.000Z", 13, "2025-12-15T00:00:00.000Z"],
    // The day is clamped to the last day of a shorter month.
    ["2027-03-31T08:00:00.000Z", 1, "2027-02-28T08:00:00.000Z"],
    ["2028-03-31T08:00:00.000Z", 1, "2028-02-29T08:00:00.000Z"],
    ["2027-07-31T23:59:59.999Z", 3, "2027-04-30T23:59:59.999Z"],
    ["2027-12-31T12:00:00.000Z", 120, "2017-12-31T12:00:00.000Z"],
  ])("%s minus %i month(s) is %s", (now, months, expected) => {
    expect(monthsBefore(at(now), months).toISOString()).toBe(expected);
  });

  it("refuses a period that is not a whole number of at least 1", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => monthsBefore(at("2027-01-01T00:00:00Z"), bad)).toThrow(RangeError);
    }
  });
});

describe("yearsBefore and daysBefore", () => {
  it("counts calendar years, 29 February becoming 28 February", () => {
    expect(yearsBefore(at("2028-02-29T06:00:00Z"), 1).toISOString()).toBe(
      "2027-02-28T06:00:00.000Z",
    );
    expect(yearsBefore(at("2027-06-01T00:00:00Z"), 5).toISOString()).toBe(
      "2022-06-01T00:00:00.000Z",
    );
  });

  it("counts days of 24 hours", () => {
    expect(daysBefore(at("2027-03-08T12:00:00Z"), 7).toISOString()).toBe(
      "2027-03-01T12:00:00.000Z",
    );
    expect(() => daysBefore(new Date(), 0)).toThrow(RangeError);
    expect(() => yearsBefore(new Date(), 0)).toThrow(RangeError);
  });
});

describe("retention policy and cut-offs", () => {
  it("reads the defaults of the environment", () => {
    expect(retentionPolicyOf(parseEnv({}))).toEqual({
      anonymousDiagnosticDays: 30,
      draftMonths: 12,
      closedApplicationFilesYears: 5,
      exportDays: 7,
      auditYears: 6,
    });
  });

  it("reads configured values, and refuses a bad one naming the variable", () => {
    const env = parseEnv({
      DRAFT_RETENTION_MONTHS: "6",
      CLOSED_APPLICATION_FILES_RETENTION_YEARS: "2",
      EXPORT_RETENTION_DAYS: "3",
      AUDIT_RETENTION_YEARS: "10",
    });
    expect(retentionPolicyOf(env)).toMatchObject({
      draftMonths: 6,
      closedApplicationFilesYears: 2,
      exportDays: 3,
      auditYears: 10,
    });
    expect(() => parseEnv({ EXPORT_RETENTION_DAYS: "0" })).toThrow(/EXPORT_RETENTION_DAYS/);
    expect(() => parseEnv({ DRAFT_RETENTION_MONTHS: "douze" })).toThrow(/DRAFT_RETENTION_MONTHS/);
  });

  it("gives every cut-off of a policy at one instant", () => {
    const cutoffs = retentionCutoffs(at("2027-06-15T03:30:00.000Z"), {
      anonymousDiagnosticDays: 30,
      draftMonths: 12,
      closedApplicationFilesYears: 5,
      exportDays: 7,
      auditYears: 6,
    });
    expect(
      Object.fromEntries(Object.entries(cutoffs).map(([k, v]) => [k, v.toISOString()])),
    ).toEqual({
      anonymousDiagnostics: "2027-05-16T03:30:00.000Z",
      drafts: "2026-06-15T03:30:00.000Z",
      closedApplicationFiles: "2022-06-15T03:30:00.000Z",
      exports: "2027-06-08T03:30:00.000Z",
      auditEvents: "2021-06-15T03:30:00.000Z",
    });
  });

  it("expires strictly older things only", () => {
    const cutoff = at("2027-01-01T00:00:00.000Z");
    expect(isExpired(at("2026-12-31T23:59:59.999Z"), cutoff)).toBe(true);
    expect(isExpired(cutoff, cutoff)).toBe(false);
    expect(isExpired(at("2027-01-01T00:00:00.001Z"), cutoff)).toBe(false);
  });

  it("says until when an export can be downloaded", () => {
    expect(exportAvailableUntil(at("2027-03-01T10:00:00Z"), { exportDays: 7 }).toISOString()).toBe(
      "2027-03-08T10:00:00.000Z",
    );
  });

  it("names only real application states, and never a funded or open one", () => {
    for (const state of [...closedWithoutFundingStates, ...unsentStates]) {
      expect(applicationStates).toContain(state);
    }
    expect(closedWithoutFundingStates).not.toContain("accepted");
    expect(closedWithoutFundingStates).not.toContain("postponed");
    expect(unsentStates).not.toContain("submitted");
  });
});
