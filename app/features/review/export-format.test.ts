import { describe, expect, it } from "vitest";
import { calendarDateIn } from "~/platform/format/dates";
import { formatEuros } from "~/platform/format/money";
import { eurosText, parisCalendarDate, parisCalendarDates } from "./export-format";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** Instants around every Paris midnight of `year` and through both offset changes. */
function instantsOf(year: number): Date[] {
  const instants: Date[] = [];
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 24 * HOUR) {
    // Midnight in Paris is 22:00 or 23:00 UTC: the milliseconds on either side of both.
    for (const at of [22 * HOUR, 23 * HOUR]) {
      instants.push(new Date(day + at - 1), new Date(day + at), new Date(day + at + 30 * MINUTE));
    }
  }
  // Every 7 minutes through the last weekends of March and October (offset changes at 01:00 UTC).
  for (const month of [2, 9]) {
    const lastSunday = Date.UTC(year, month, 31 - new Date(Date.UTC(year, month, 31)).getUTCDay());
    const start = lastSunday - 24 * HOUR;
    for (let at = start; at < start + 3 * 24 * HOUR; at += 7 * MINUTE) instants.push(new Date(at));
  }
  return instants;
}

describe("the export's Paris calendar dates", () => {
  it("are calendarDateIn's, instant by instant and kept per hour", () => {
    const kept = parisCalendarDates();
    for (const year of [2024, 2026]) {
      for (const instant of instantsOf(year)) {
        const expected = calendarDateIn(instant);
        expect(parisCalendarDate(instant)).toBe(expected);
        expect(kept(instant)).toBe(expected);
      }
    }
  });

  it("stay right when the memory is full and for hours that span two days", () => {
    const kept = parisCalendarDates(3);
    // 1900: Paris Mean Time (+00:09:21), midnight falls inside a UTC hour.
    const pmtMidnight = Date.UTC(1900, 5, 1, 23, 50, 39);
    const instants = [
      ...[-2, -1, 0, 1, 2].map((seconds) => new Date(pmtMidnight + seconds * 1000)),
      ...instantsOf(2025).slice(0, 300),
    ];
    for (const instant of [...instants, ...instants]) {
      expect(kept(instant)).toBe(calendarDateIn(instant));
    }
  });

  it("refuse an invalid date as calendarDateIn does", () => {
    expect(() => calendarDateIn(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => parisCalendarDates()(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("the export's amounts in euros", () => {
  it("are formatEuros's text in both languages", () => {
    const amounts = [0, 1, 5, 99, 100, 101, 150_050, 1_150_050, 99_999_999_999_999, -1, -150_050];
    let seed = 42;
    for (let index = 0; index < 500; index += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      amounts.push(seed, seed % 100_000, -(seed % 1000));
    }
    for (const locale of ["fr", "en"] as const) {
      for (const cents of amounts)
        expect(eurosText(cents, locale)).toBe(formatEuros(cents, locale));
    }
    expect(eurosText(150_050)).toBe(formatEuros(150_050));
  });

  it("refuse what is not whole cents as formatEuros does", () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => formatEuros(bad, "fr")).toThrow(RangeError);
      expect(() => eurosText(bad, "fr")).toThrow(RangeError);
    }
  });
});
