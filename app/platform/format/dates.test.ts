import { describe, expect, it } from "vitest";
import {
  calendarDateIn,
  calendarYearIn,
  formatCalendarDate,
  formatClockTime,
  formatDate,
  formatDateTime,
  formatDay,
  formatShortDateTime,
  formatTime,
  formatWeekdayDay,
  instantInZone,
  startOfCalendarDate,
  timeZoneOfDepartement,
  utcOffsetMinutes,
  zonedParts,
} from "./dates";

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatDay", () => {
  it("writes the first of the month '1er' in French only", () => {
    expect(formatDay("2026-03-01T10:00:00Z", "fr")).toBe("1er mars 2026");
    expect(formatDay("2026-03-01T10:00:00Z", "en")).toBe("1 March 2026");
    expect(formatDay("2026-03-11T10:00:00Z", "fr")).toBe("11 mars 2026");
    expect(formatDay("2026-03-21T10:00:00Z", "fr")).toBe("21 mars 2026");
  });
  it("uses Paris time by default and another zone when asked", () => {
    // 23:30 UTC on 28 February is 1 March in Paris and 1 March in La Réunion, 28 Feb in Cayenne.
    const instant = "2026-02-28T23:30:00Z";
    expect(formatDay(instant, "fr")).toBe("1er mars 2026");
    expect(formatDay(instant, "fr", "America/Cayenne")).toBe("28 février 2026");
  });
});

describe("formatDateTime and formatTime", () => {
  it("writes day and time in the visitor's language", () => {
    expect(formatDateTime("2026-03-12T13:05:00Z", "fr")).toBe("12 mars 2026 à 14:05");
    expect(formatDateTime("2026-03-12T13:05:00Z", "en")).toBe("12 March 2026 at 14:05");
    expect(formatTime("2026-03-12T13:05:00Z", "fr", "Indian/Reunion")).toBe("17:05");
    expect(nbsp(formatShortDateTime("2026-03-12T13:05:00Z", "fr"))).toBe("12/03/2026 14:05");
  });
});

describe("calendar dates", () => {
  it("writes a YYYY-MM-DD date as it is, whatever the time zone", () => {
    expect(formatCalendarDate("2027-02-20", "fr")).toBe("20 février 2027");
    expect(formatCalendarDate("2020-03-01", "fr")).toBe("1er mars 2020");
    expect(formatCalendarDate("0099-01-05", "en")).toBe("5 January 99");
    expect(formatCalendarDate("not a date", "fr")).toBe("not a date");
  });
  it("formatDate tells calendar dates from instants", () => {
    expect(formatDate("2015-06-15", "fr")).toBe("15 juin 2015");
    expect(formatDate(new Date("2026-02-28T23:30:00Z"), "fr")).toBe("1er mars 2026");
  });
  it("gives the calendar date and year of an instant in a zone", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(calendarDateIn(instant)).toBe("2027-01-01");
    expect(calendarYearIn(instant)).toBe(2027);
    expect(calendarDateIn(instant, "America/Cayenne")).toBe("2026-12-31");
  });
});

describe("timeZoneOfDepartement", () => {
  it.each([
    ["75", "Europe/Paris"],
    ["2A", "Europe/Paris"],
    ["974", "Indian/Reunion"],
    ["976", "Indian/Mayotte"],
    ["972", "America/Martinique"],
    ["973", "America/Cayenne"],
  ])("%s is in %s", (code, zone) => expect(timeZoneOfDepartement(code)).toBe(zone));
});

describe("formatWeekdayDay and formatClockTime", () => {
  it("writes the weekday, '1er' and the time as French running text", () => {
    expect(formatWeekdayDay("2027-01-14T13:00:00Z", "fr")).toBe("jeudi 14 janvier 2027");
    expect(formatWeekdayDay("2027-04-01T12:00:00Z", "fr")).toBe("jeudi 1er avril 2027");
    expect(formatWeekdayDay("2027-04-01T12:00:00Z", "en")).toBe("Thursday, 1 April 2027");
    expect(formatClockTime("2027-01-14T13:00:00Z", "fr")).toBe("14\u00a0h\u00a000");
    expect(formatClockTime("2027-01-14T08:05:00Z", "fr")).toBe("9\u00a0h\u00a005");
    expect(formatClockTime("2027-01-14T23:30:00Z", "fr")).toBe("0\u00a0h\u00a030");
    expect(formatClockTime("2027-01-14T08:05:00Z", "en")).toBe("09:05");
    expect(formatClockTime("2027-01-14T13:00:00Z", "fr", "Indian/Reunion")).toBe(
      "17\u00a0h\u00a000",
    );
  });
  it("writes the weekday of the zone's own day", () => {
    // 22:30 in Paris on Thursday is already Friday in La Réunion.
    expect(formatWeekdayDay("2027-01-14T21:30:00Z", "fr", "Indian/Reunion")).toBe(
      "vendredi 15 janvier 2027",
    );
  });
});

describe("utcOffsetMinutes", () => {
  it.each([
    ["2027-01-14T13:00:00Z", "Europe/Paris", 60],
    ["2027-07-14T13:00:00Z", "Europe/Paris", 120],
    ["2027-01-14T13:00:00Z", "Indian/Reunion", 240],
    ["2027-01-14T13:00:00Z", "America/Cayenne", -180],
    ["2027-07-14T13:00:00Z", "America/Miquelon", -120],
    ["2027-01-14T13:00:00Z", "America/Miquelon", -180],
    ["2027-01-14T13:00:00Z", "UTC", 0],
  ])("%s in %s is UTC%+d min", (instant, zone, offset) =>
    expect(utcOffsetMinutes(new Date(instant), zone)).toBe(offset),
  );
});

describe("instantInZone", () => {
  it("reads a Paris wall-clock time in winter and in summer", () => {
    expect(instantInZone("2027-01-14", "14:00")?.toISOString()).toBe("2027-01-14T13:00:00.000Z");
    expect(instantInZone("2027-07-14", "14:00")?.toISOString()).toBe("2027-07-14T12:00:00.000Z");
    expect(instantInZone("2027-01-14", "14:00", "Indian/Reunion")?.toISOString()).toBe(
      "2027-01-14T10:00:00.000Z",
    );
  });
  it("follows the March and October switches of Paris", () => {
    // 28 March 2027: 02:00 becomes 03:00; 31 October 2027: 03:00 becomes 02:00.
    expect(instantInZone("2027-03-28", "01:59")?.toISOString()).toBe("2027-03-28T00:59:00.000Z");
    expect(instantInZone("2027-03-28", "03:00")?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(instantInZone("2027-03-28", "02:30")?.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(instantInZone("2027-10-31", "02:30")?.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(instantInZone("2027-10-31", "03:00")?.toISOString()).toBe("2027-10-31T02:00:00.000Z");
  });
  it("refuses malformed dates and times", () => {
    for (const [date, time] of [
      ["2027-02-30", "14:00"],
      ["2027-13-01", "14:00"],
      ["14/01/2027", "14:00"],
      ["2027-01-14", "24:00"],
      ["2027-01-14", "14h00"],
      ["2027-01-14", "9:00"],
      ["0099-01-14", "09:00"],
    ]) {
      expect(instantInZone(date as string, time as string), `${date} ${time}`).toBeNull();
    }
  });
  it("round-trips with calendarDateIn and formatTime", () => {
    const instant = instantInZone("2027-11-30", "23:45") as Date;
    expect(calendarDateIn(instant)).toBe("2027-11-30");
    expect(formatTime(instant, "fr")).toBe("23:45");
  });
});

describe("startOfCalendarDate", () => {
  it("is midnight in Paris, winter and summer, and across the clock changes", () => {
    expect(startOfCalendarDate("2027-01-15")?.toISOString()).toBe("2027-01-14T23:00:00.000Z");
    expect(startOfCalendarDate("2027-07-15")?.toISOString()).toBe("2027-07-14T22:00:00.000Z");
    // Clocks go forward on 28 March 2027 at 2 a.m. and back on 31 October at 3 a.m.
    expect(startOfCalendarDate("2027-03-28")?.toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(startOfCalendarDate("2027-03-29")?.toISOString()).toBe("2027-03-28T22:00:00.000Z");
    expect(startOfCalendarDate("2027-10-31")?.toISOString()).toBe("2027-10-30T22:00:00.000Z");
    expect(startOfCalendarDate("2027-11-01")?.toISOString()).toBe("2027-10-31T23:00:00.000Z");
  });

  it("takes another time zone", () => {
    expect(startOfCalendarDate("2027-01-15", "Indian/Reunion")?.toISOString()).toBe(
      "2027-01-14T20:00:00.000Z",
    );
  });

  it("refuses what is no date", () => {
    expect(startOfCalendarDate("2027-02-30")).toBeNull();
    expect(startOfCalendarDate("15/01/2027")).toBeNull();
    expect(startOfCalendarDate("")).toBeNull();
  });
});

describe("zonedParts", () => {
  it("gives back the date and time instantInZone read, in any zone", () => {
    const instant = instantInZone("2026-10-05", "18:45") as Date;
    expect(zonedParts(instant)).toEqual({ date: "2026-10-05", time: "18:45" });
    expect(zonedParts(instant, "Indian/Reunion")).toEqual({ date: "2026-10-05", time: "20:45" });
    expect(instantInZone("2026-06-12", "14:00", "America/Martinique")?.toISOString()).toBe(
      "2026-06-12T18:00:00.000Z",
    );
  });
});
