import { describe, expect, it } from "vitest";
import { applicationStates } from "~/features/applications";
import { ageInState, waitingOn } from "./inbox-age";

const now = new Date("2026-12-02T10:00:00Z");
const daysAgo = (days: number, extraMs = 0) =>
  new Date(now.getTime() - days * 24 * 60 * 60 * 1000 - extraMs);

describe("age in state", () => {
  it("counts whole days elapsed", () => {
    expect(ageInState({ status: "submitted", statusChangedAt: now, alertDays: 15, now }).days).toBe(
      0,
    );
    expect(
      ageInState({ status: "submitted", statusChangedAt: daysAgo(0, 1), alertDays: 15, now }).days,
    ).toBe(0);
    expect(
      ageInState({ status: "submitted", statusChangedAt: daysAgo(1), alertDays: 15, now }).days,
    ).toBe(1);
    expect(
      ageInState({
        status: "submitted",
        statusChangedAt: daysAgo(14, 3_600_000),
        alertDays: 15,
        now,
      }).days,
    ).toBe(14);
  });

  it("counts a future date as 0 days", () => {
    const future = new Date(now.getTime() + 3_600_000);
    expect(ageInState({ status: "in_review", statusChangedAt: future, alertDays: 0, now })).toEqual(
      {
        days: 0,
        waitingOn: "staff",
        overdue: true,
      },
    );
  });

  it.each([
    ["submitted", 14, false],
    ["submitted", 15, true],
    ["submitted", 40, true],
    ["in_review", 14, false],
    ["in_review", 15, true],
    ["information_requested", 15, false],
    ["information_requested", 90, false],
    ["correction_requested", 90, false],
    ["ready_for_committee", 90, false],
    ["accepted", 90, false],
  ] as const)("%s for %i days: overdue %s (delay 15)", (status, days, overdue) => {
    expect(ageInState({ status, statusChangedAt: daysAgo(days), alertDays: 15, now }).overdue).toBe(
      overdue,
    );
  });

  it("follows the programme's delay", () => {
    expect(
      ageInState({ status: "submitted", statusChangedAt: daysAgo(3), alertDays: 3, now }).overdue,
    ).toBe(true);
    expect(
      ageInState({ status: "submitted", statusChangedAt: daysAgo(3), alertDays: 4, now }).overdue,
    ).toBe(false);
  });

  it("says who every state waits on", () => {
    const table = Object.fromEntries(applicationStates.map((state) => [state, waitingOn(state)]));
    expect(table).toEqual({
      draft: null,
      submitted: "staff",
      in_review: "staff",
      information_requested: "applicant",
      correction_requested: "applicant",
      ready_for_committee: null,
      declared_ineligible: null,
      scheduled: null,
      accepted: null,
      refused: null,
      postponed: null,
      withdrawn: null,
    });
  });
});
