import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  dueReminder,
  isCalendarDay,
  maxDay,
  minDay,
  nextLevel,
  REDIAGNOSTIC_MONTHS,
  REMINDER_DAYS,
  rediagnosticDue,
  rediagnosticDueOn,
  SURVEY_VALID_DAYS,
  surveyExpiresOn,
  surveyLinkValid,
} from "./follow-up-timing";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");
const dayOf = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Any real calendar day of years 1900-2200. */
const calendarDay = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc
      .integer({ min: 1, max: new Date(Date.UTC(year, month, 0)).getUTCDate() })
      .map((day) => dayOf(year, month, day)),
  );

describe("calendar days", () => {
  it.each([
    ["2025-01-31", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-01-00", false],
    ["2025-1-01", false],
    ["2025-01-01T00:00:00Z", false],
    [" 2025-01-01", false],
    ["", false],
    [20250101, false],
    [null, false],
  ])("%j is a calendar day: %s", (value, ok) => expect(isCalendarDay(value)).toBe(ok));

  it("counts the days of each month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it.each([
    ["2025-01-31", 1, "2025-02-01"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", 365, "2026-01-01"],
    ["2024-01-01", 366, "2025-01-01"],
    ["2025-06-15", 0, "2025-06-15"],
    ["0050-01-01", 1, "0050-01-02"],
  ])("%s + %i days is %s", (day, days, result) => {
    expect(addDays(day, days)).toBe(result);
    expect(daysBetween(day, result)).toBe(days);
  });

  it.each([
    ["2025-08-31", 6, "2026-02-28"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2099-08-31", 6, "2100-02-28"],
    ["1999-08-31", 6, "2000-02-29"],
    ["2025-08-30", 6, "2026-02-28"],
    ["2025-08-28", 6, "2026-02-28"],
    ["2025-08-27", 6, "2026-02-27"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2025-03-31", 1, "2025-04-30"],
    ["2025-05-31", 1, "2025-06-30"],
    ["2025-12-31", 2, "2026-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2025-07-15", 6, "2026-01-15"],
    ["2025-12-15", 1, "2026-01-15"],
    ["2025-03-31", -1, "2025-02-28"],
    ["2025-01-15", -1, "2024-12-15"],
    ["2025-06-30", 0, "2025-06-30"],
    ["2025-01-31", 24, "2027-01-31"],
  ])("%s + %i months is %s", (day, months, result) => {
    expect(addMonths(day, months)).toBe(result);
  });

  it("throws on malformed dates and partial amounts", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("31/08/2025", 1)).toThrow(RangeError);
    expect(() => addDays("2025-01-01", 1.5)).toThrow(RangeError);
    expect(() => addMonths("2025-13-01", 1)).toThrow(RangeError);
    expect(() => addMonths("2025-01-01", 0.5)).toThrow(RangeError);
    expect(() => daysBetween("2025-01-01", "tomorrow")).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });

  it("orders days", () => {
    expect(minDay("2025-01-02", "2024-12-31")).toBe("2024-12-31");
    expect(maxDay("2025-01-02", "2024-12-31")).toBe("2025-01-02");
  });

  it("agrees with Date for days (property)", () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -40_000, max: 40_000 }), (day, days) => {
        const moved = new Date(`${day}T00:00:00Z`);
        moved.setUTCDate(moved.getUTCDate() + days);
        const oracle = moved.toISOString().slice(0, 10);
        expect(addDays(day, days)).toBe(oracle);
        expect(daysBetween(day, oracle)).toBe(days);
        expect(addDays(addDays(day, days), -days)).toBe(day);
      }),
    );
  });

  it("adds months within the target month (property)", () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -1200, max: 1200 }), (day, months) => {
        const result = addMonths(day, months);
        expect(isCalendarDay(result)).toBe(true);
        const [y, m, d] = day.split("-").map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split("-").map(Number) as [number, number, number];
        // the month moves by exactly `months`
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        // the day stays, or becomes the last day of a shorter month
        const target = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
        expect(rd).toBe(Math.min(d, target));
      }),
    );
  });

  it("keeps month arithmetic consistent (property)", () => {
    fc.assert(
      fc.property(
        calendarDay,
        calendarDay,
        fc.integer({ min: -120, max: 120 }),
        fc.integer({ min: -120, max: 120 }),
        (a, b, m, n) => {
          // never goes back in time for a positive count, keeps the order of two days
          if (m >= 0) expect(addMonths(a, m) >= a).toBe(true);
          const [first, second] = a <= b ? [a, b] : [b, a];
          expect(addMonths(first, m) <= addMonths(second, m)).toBe(true);
          // without a shortened month, adding in two steps is adding at once
          if (Number(a.slice(8)) <= 28) {
            expect(addMonths(addMonths(a, m), n)).toBe(addMonths(a, m + n));
          }
          // six months later is 181 to 184 days later
          const six = daysBetween(a, addMonths(a, 6));
          expect(six).toBeGreaterThanOrEqual(181);
          expect(six).toBeLessThanOrEqual(184);
        },
      ),
    );
  });
});

describe("dueReminder", () => {
  const sentAt = "2025-03-10";
  it("uses the documented numbers", () => {
    expect(REMINDER_DAYS).toEqual([7, 14]);
    expect(SURVEY_VALID_DAYS).toBe(30);
    expect(surveyExpiresOn(sentAt)).toBe("2025-04-09");
  });

  // Written by hand: the reminder due `elapsed` days after sending, by reminders already sent.
  const table: ReadonlyArray<
    readonly [from: number, to: number, due: [0 | 1 | 2, 1 | 2 | null][]]
  > = [
    [
      -3,
      -1,
      [
        [0, null],
        [1, null],
        [2, null],
      ],
    ],
    [
      0,
      6,
      [
        [0, null],
        [1, null],
        [2, null],
      ],
    ],
    [
      7,
      13,
      [
        [0, 1],
        [1, null],
        [2, null],
      ],
    ],
    [
      14,
      29,
      [
        [0, 2],
        [1, 2],
        [2, null],
      ],
    ],
    [
      30,
      45,
      [
        [0, null],
        [1, null],
        [2, null],
      ],
    ],
  ];
  for (const [from, to, rows] of table) {
    for (let elapsed = from; elapsed <= to; elapsed += 1) {
      for (const [remindersSent, due] of rows) {
        it(`day ${elapsed}, ${remindersSent} sent: ${due}`, () => {
          const now = addDays(sentAt, elapsed);
          expect(dueReminder({ sentAt, answeredAt: null, remindersSent, now })).toBe(due);
          expect(dueReminder({ sentAt, answeredAt: sentAt, remindersSent, now })).toBeNull();
          expect(surveyLinkValid({ sentAt, now })).toBe(elapsed >= 0 && elapsed < 30);
        });
      }
    }
  }

  it("counts days across month ends and leap days", () => {
    const due = (from: string, now: string) =>
      dueReminder({ sentAt: from, answeredAt: null, remindersSent: 0, now });
    expect(due("2025-01-28", "2025-02-03")).toBeNull();
    expect(due("2025-01-28", "2025-02-04")).toBe(1);
    expect(due("2024-02-25", "2024-03-02")).toBeNull();
    expect(due("2024-02-25", "2024-03-03")).toBe(1);
    expect(due("2025-02-25", "2025-03-04")).toBe(1);
    expect(due("2025-12-20", "2026-01-03")).toBe(2);
    expect(due("2025-12-20", "2026-01-19")).toBeNull();
  });

  it("never reminds after an answer, whenever it came", () => {
    for (const answeredAt of ["2025-03-10", "2025-03-12", "2025-03-30"]) {
      expect(dueReminder({ sentAt, answeredAt, remindersSent: 0, now: "2025-03-25" })).toBeNull();
    }
  });

  it("ignores counts beyond the last reminder", () => {
    expect(dueReminder({ sentAt, answeredAt: null, remindersSent: 3, now: "2025-03-25" })).toBe(
      null,
    );
  });

  it("a job sends each reminder at most once, in order, within the link's life (property)", () => {
    fc.assert(
      fc.property(
        calendarDay,
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }),
        (sent, gaps) => {
          let remindersSent = 0;
          const sentOn: number[] = [];
          let elapsed = 0;
          for (const gap of gaps) {
            elapsed += gap;
            const due = dueReminder({
              sentAt: sent,
              answeredAt: null,
              remindersSent,
              now: addDays(sent, elapsed),
            });
            if (due === null) continue;
            expect(due).toBeGreaterThan(remindersSent);
            expect(elapsed).toBeGreaterThanOrEqual(REMINDER_DAYS[due - 1] as number);
            expect(elapsed).toBeLessThan(SURVEY_VALID_DAYS);
            remindersSent = due;
            sentOn.push(elapsed);
          }
          expect(sentOn.length).toBeLessThanOrEqual(2);
        },
      ),
    );
  });

  it("a daily job sends reminder 1 on day 7 and reminder 2 on day 14", () => {
    let remindersSent = 0;
    const sentOn: Array<[number, number]> = [];
    for (let elapsed = 0; elapsed <= 40; elapsed += 1) {
      const now = addDays(sentAt, elapsed);
      const due = dueReminder({ sentAt, answeredAt: null, remindersSent, now });
      if (due !== null) {
        sentOn.push([elapsed, due]);
        remindersSent = due;
      }
    }
    expect(sentOn).toEqual([
      [7, 1],
      [14, 2],
    ]);
  });
});

describe("rediagnosticDue", () => {
  const lastClosedAt = "2025-08-31";
  const base = { lastClosedAt, openSupports: 0, alreadyInvitedAt: null, now: "2026-02-28" };

  it("falls due six months after the last closing, at month ends too", () => {
    expect(REDIAGNOSTIC_MONTHS).toBe(6);
    expect(rediagnosticDueOn(lastClosedAt)).toBe("2026-02-28");
    expect(rediagnosticDueOn("2023-08-31")).toBe("2024-02-29");
    expect(rediagnosticDueOn(lastClosedAt, 3)).toBe("2025-11-30");
    expect(rediagnosticDueOn(lastClosedAt, 0)).toBe(lastClosedAt);
    expect(() => rediagnosticDueOn(lastClosedAt, -1)).toThrow(RangeError);
    expect(() => rediagnosticDueOn(lastClosedAt, 1.5)).toThrow(RangeError);
  });

  it.each([
    ["due on the day", {}, true],
    ["due after the day", { now: "2026-06-01" }, true],
    ["not the day before", { now: "2026-02-27" }, false],
    ["in a leap year", { lastClosedAt: "2023-08-31", now: "2024-02-28" }, false],
    ["in a leap year, on the 29th", { lastClosedAt: "2023-08-31", now: "2024-02-29" }, true],
    ["never closed", { lastClosedAt: null }, false],
    ["another support open", { openSupports: 1 }, false],
    ["several open", { openSupports: 3 }, false],
    ["already invited after the closing", { alreadyInvitedAt: "2026-02-28" }, false],
    ["already invited on the closing day", { alreadyInvitedAt: lastClosedAt }, false],
    ["invited for an earlier round", { alreadyInvitedAt: "2024-05-02" }, true],
    ["three months configured", { months: 3, now: "2025-11-30" }, true],
    ["three months configured, day before", { months: 3, now: "2025-11-29" }, false],
    ["twelve months configured", { months: 12 }, false],
  ] as const)("%s", (_, change, due) => {
    expect(rediagnosticDue({ ...base, ...change })).toBe(due);
  });

  it("is due exactly from the day `months` months after the closing (property)", () => {
    fc.assert(
      fc.property(
        calendarDay,
        fc.integer({ min: 0, max: 36 }),
        fc.integer({ min: -400, max: 400 }),
        (closed, months, offset) => {
          const dueOn = addMonths(closed, months);
          const now = addDays(dueOn, offset);
          const input = { lastClosedAt: closed, openSupports: 0, alreadyInvitedAt: null, now };
          expect(rediagnosticDue({ ...input, months })).toBe(offset >= 0);
          expect(rediagnosticDue({ ...input, months, openSupports: 1 })).toBe(false);
          expect(rediagnosticDue({ ...input, months, alreadyInvitedAt: closed })).toBe(false);
        },
      ),
    );
  });
});

describe("nextLevel", () => {
  it("leads from diagnostic to scoping to production, then nothing", () => {
    expect(nextLevel("diagnostic")).toBe("scoping");
    expect(nextLevel("scoping")).toBe("production");
    expect(nextLevel("production")).toBeNull();
    expect(nextLevel("constructor" as "diagnostic")).toBeNull();
  });
});
