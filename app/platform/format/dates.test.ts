import { describe, expect, it } from "vitest";
import {
  calendarDateIn,
  calendarYearIn,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDay,
  formatShortDateTime,
  formatTime,
  timeZoneOfDepartement,
  zonedInstant,
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

describe("zonedInstant", () => {
  it("reads a date and time in Paris, summer and winter", () => {
    expect(zonedInstant("2026-06-12", "14:00")?.toISOString()).toBe("2026-06-12T12:00:00.000Z");
    expect(zonedInstant("2026-01-12", "14:00")?.toISOString()).toBe("2026-01-12T13:00:00.000Z");
    expect(zonedInstant("2026-01-01", "00:30")?.toISOString()).toBe("2025-12-31T23:30:00.000Z");
  });
  it("reads other zones", () => {
    expect(zonedInstant("2026-06-12", "14:00", "Indian/Reunion")?.toISOString()).toBe(
      "2026-06-12T10:00:00.000Z",
    );
    expect(zonedInstant("2026-06-12", "14:00", "America/Martinique")?.toISOString()).toBe(
      "2026-06-12T18:00:00.000Z",
    );
  });
  it("moves a time of the spring gap forward and reads the autumn's double hour in winter time", () => {
    expect(zonedInstant("2026-03-29", "02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedInstant("2026-10-25", "02:30")?.toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(zonedInstant("2026-03-29", "03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });
  it("refuses what is not a date or a time", () => {
    expect(zonedInstant("2026-02-30", "14:00")).toBeNull();
    expect(zonedInstant("2026-13-01", "14:00")).toBeNull();
    expect(zonedInstant("12/06/2026", "14:00")).toBeNull();
    expect(zonedInstant("2026-06-12", "24:00")).toBeNull();
    expect(zonedInstant("2026-06-12", "9:00")).toBeNull();
    expect(zonedInstant("2026-06-12", "")).toBeNull();
  });
  it("gives back the parts it read", () => {
    const instant = zonedInstant("2026-10-05", "18:45") as Date;
    expect(zonedParts(instant)).toEqual({ date: "2026-10-05", time: "18:45" });
    expect(zonedParts(instant, "Indian/Reunion")).toEqual({ date: "2026-10-05", time: "20:45" });
  });
});
