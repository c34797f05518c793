import { describe, expect, it } from "vitest";
import {
  anniversary,
  compareIsoDates,
  hasReachedAge,
  isIsoDate,
  isLeapYear,
  parseDateInput,
  todayInParis,
} from "./dates";

describe("isIsoDate", () => {
  it.each(["2019-05-14", "2020-02-29", "2000-02-29", "2024-12-31", "0001-01-01", "9999-12-31"])(
    "accepts %s",
    (value) => expect(isIsoDate(value)).toBe(true),
  );
  it.each([
    "2023-02-29",
    "1900-02-29",
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-1-5",
    "24-01-05",
    "2024/01/05",
    "2024-01-05T00:00:00Z",
    " 2024-01-05",
    "0000-01-01",
    "",
    20240105,
    null,
  ])("refuses %j", (value) => expect(isIsoDate(value)).toBe(false));
});

describe("isLeapYear", () => {
  it("follows the Gregorian rules", () => {
    expect([2020, 2024, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2023, 1900, 2100, 2025].map(isLeapYear)).toEqual([false, false, false, false]);
  });
});

describe("anniversary", () => {
  it("is the same day and month N years later", () => {
    expect(anniversary("2019-05-14", 3)).toBe("2022-05-14");
    expect(anniversary("2023-12-31", 3)).toBe("2026-12-31");
  });
  it("moves 29 February to 1 March in a non-leap year, keeps it in a leap year", () => {
    expect(anniversary("2020-02-29", 3)).toBe("2023-03-01");
    expect(anniversary("2020-02-29", 4)).toBe("2024-02-29");
    expect(anniversary("2096-02-29", 4)).toBe("2100-03-01");
  });
  it("throws on a non-date", () => {
    expect(() => anniversary("2023-02-29", 3)).toThrow(RangeError);
  });
});

describe("hasReachedAge", () => {
  it("counts the anniversary day itself", () => {
    expect(hasReachedAge("2023-11-22", "2026-11-22", 3)).toBe(true);
    expect(hasReachedAge("2023-11-22", "2026-11-21", 3)).toBe(false);
  });
  it("waits for 1 March for a 29 February creation in a non-leap year", () => {
    expect(hasReachedAge("2020-02-29", "2023-02-28", 3)).toBe(false);
    expect(hasReachedAge("2020-02-29", "2023-03-01", 3)).toBe(true);
  });
  it("handles anniversaries beyond year 9999 without throwing", () => {
    expect(hasReachedAge("9998-06-01", "9999-12-31", 3)).toBe(false);
  });
  it("agrees with a day-by-day walk for every day of 2020-2021 (property)", () => {
    const day = new Date(Date.UTC(2020, 0, 1));
    while (day.getUTCFullYear() < 2022) {
      const created = day.toISOString().slice(0, 10);
      const target = anniversary(created, 3);
      const before = new Date(`${target}T00:00:00Z`);
      before.setUTCDate(before.getUTCDate() - 1);
      expect(hasReachedAge(created, target, 3)).toBe(true);
      expect(hasReachedAge(created, before.toISOString().slice(0, 10), 3)).toBe(false);
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });
});

describe("compareIsoDates", () => {
  it("orders dates", () => {
    expect(compareIsoDates("2024-01-01", "2024-01-02")).toBeLessThan(0);
    expect(compareIsoDates("2024-01-02", "2024-01-02")).toBe(0);
    expect(compareIsoDates("2025-01-01", "2024-12-31")).toBeGreaterThan(0);
  });
});

describe("todayInParis", () => {
  it("uses the Paris calendar day, not the UTC one", () => {
    expect(todayInParis(new Date("2026-11-21T23:30:00Z"))).toBe("2026-11-22"); // UTC+1
    expect(todayInParis(new Date("2026-07-14T22:30:00Z"))).toBe("2026-07-15"); // UTC+2
    expect(todayInParis(new Date("2026-07-14T21:59:59Z"))).toBe("2026-07-14");
  });
});

describe("parseDateInput", () => {
  it.each([
    ["2019-05-14", "2019-05-14"],
    ["14/05/2019", "2019-05-14"],
    ["4/5/2019", "2019-05-04"],
    [" 14-05-2019 ", "2019-05-14"],
    ["14.05.2019", "2019-05-14"],
    ["29/02/2020", "2020-02-29"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });

  it.each(["", "29/02/2023", "31/04/2020", "2019", "05/2019", "14/05/19", "hier", "2019-5-14"])(
    "refuses %j",
    (text) => {
      expect(parseDateInput(text)).toBeNull();
    },
  );
});
