import { describe, expect, it } from "vitest";
import {
  choicesFor,
  DEFAULT_DELIVERY,
  deliveries,
  isDelivery,
  isNotificationKind,
  kindsFor,
  notificationKinds,
  toDelivery,
} from "./kinds";

describe("notification kinds", () => {
  it("splits every kind between staff and applicants, none twice", () => {
    const staff = kindsFor("staff");
    const applicant = kindsFor("applicant");
    expect([...staff, ...applicant].sort()).toEqual([...notificationKinds].sort());
    expect(staff.filter((kind) => applicant.includes(kind))).toEqual([]);
    expect(staff).toContain("applicant_message");
    expect(applicant).toContain("staff_message");
  });

  it("offers nothing outside both audiences", () => {
    expect(kindsFor(null)).toEqual([]);
    expect(choicesFor(null, [{ eventKind: "staff_message", delivery: "none" }])).toEqual([]);
  });

  it("reads stored choices, defaults the missing and unknown ones", () => {
    const choices = choicesFor("applicant", [
      { eventKind: "staff_message", delivery: "digest" },
      { eventKind: "information_requested", delivery: "sometimes" },
      { eventKind: "applicant_message", delivery: "none" },
      { eventKind: "nonsense", delivery: "none" },
    ]);
    expect(choices).toEqual([
      { kind: "staff_message", delivery: "digest" },
      { kind: "information_requested", delivery: DEFAULT_DELIVERY },
      { kind: "correction_requested", delivery: DEFAULT_DELIVERY },
      { kind: "information_reminder", delivery: DEFAULT_DELIVERY },
    ]);
  });

  it("recognises kinds and deliveries", () => {
    for (const kind of notificationKinds) expect(isNotificationKind(kind)).toBe(true);
    for (const delivery of deliveries) {
      expect(isDelivery(delivery)).toBe(true);
      expect(toDelivery(delivery)).toBe(delivery);
    }
    for (const bad of ["", "IMMEDIATE", null, undefined, 1, "weekly"]) {
      expect(isDelivery(bad)).toBe(false);
      expect(isNotificationKind(bad)).toBe(false);
      expect(toDelivery(bad)).toBe("immediate");
    }
  });
});
