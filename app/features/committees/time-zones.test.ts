import { describe, expect, it } from "vitest";
import { OVERSEAS_TIME_ZONES } from "~/platform/format/dates";
import { createTranslator } from "~/platform/i18n/translator";
import { en, fr } from "./messages-documents";
import { placeKeys, sessionTime, sessionTimeText } from "./time-zones";

const catalogue = { fr, en };
const tFr = createTranslator(catalogue, "fr");
const tEn = createTranslator(catalogue, "en");
/** Non-breaking spaces written as plain ones, so expectations read like the brief. */
const plain = (text: string) => text.replace(/\u00a0/g, " ");
const textFr = (instant: string, departement: string | null) =>
  plain(sessionTimeText(tFr, new Date(instant), departement, "fr"));

// Thursday 14 January 2027, 14:00 in Paris (UTC+1 in winter) is 13:00 UTC.
const winter = "2027-01-14T13:00:00Z";
// Thursday 15 July 2027, 14:00 in Paris (UTC+2 in summer) is 12:00 UTC.
const summer = "2027-07-15T12:00:00Z";

describe("sessionTimeText", () => {
  it("writes Paris time only for a member on Paris time", () => {
    for (const departement of ["75", "13", "2A", "2B", null, "", "999"]) {
      expect(textFr(winter, departement), String(departement)).toBe(
        "jeudi 14 janvier 2027 à 14 h 00 (heure de Paris)",
      );
    }
  });

  it.each([
    ["974", "17 h 00 à La Réunion"],
    ["976", "16 h 00 à Mayotte"],
    ["971", "9 h 00 en Guadeloupe"],
    ["972", "9 h 00 en Martinique"],
    ["973", "10 h 00 en Guyane"],
    ["975", "10 h 00 à Saint-Pierre-et-Miquelon"],
    ["977", "9 h 00 à Saint-Barthélemy"],
    ["978", "9 h 00 à Saint-Martin"],
  ])("adds the local time of %s in winter", (departement, local) => {
    expect(textFr(winter, departement)).toBe(
      `jeudi 14 janvier 2027 à 14 h 00 (heure de Paris), ${local}`,
    );
  });

  it.each([
    // Paris is UTC+2: La Réunion (UTC+4) is 2 hours ahead instead of 3, the Antilles 6 behind.
    ["974", "16 h 00 à La Réunion"],
    ["976", "15 h 00 à Mayotte"],
    ["972", "8 h 00 en Martinique"],
    ["973", "9 h 00 en Guyane"],
    // Saint-Pierre-et-Miquelon has summer time too (UTC-2): still 4 hours behind Paris.
    ["975", "10 h 00 à Saint-Pierre-et-Miquelon"],
  ])("follows Paris summer time for %s", (departement, local) => {
    expect(textFr(summer, departement)).toBe(
      `jeudi 15 juillet 2027 à 14 h 00 (heure de Paris), ${local}`,
    );
  });

  it("crosses the March switch: the same 14 h 00 in Paris is an hour earlier in UTC", () => {
    // Thursday 25 March 2027 (before the switch of Sunday 28 March) and Thursday 1 April.
    expect(textFr("2027-03-25T13:00:00Z", "974")).toBe(
      "jeudi 25 mars 2027 à 14 h 00 (heure de Paris), 17 h 00 à La Réunion",
    );
    expect(textFr("2027-04-01T12:00:00Z", "974")).toBe(
      "jeudi 1er avril 2027 à 14 h 00 (heure de Paris), 16 h 00 à La Réunion",
    );
  });

  it("crosses the October switch", () => {
    // Thursday 28 October 2027 (before the switch of Sunday 31 October) and Thursday 4 November.
    expect(textFr("2027-10-28T12:00:00Z", "972")).toBe(
      "jeudi 28 octobre 2027 à 14 h 00 (heure de Paris), 8 h 00 en Martinique",
    );
    expect(textFr("2027-11-04T13:00:00Z", "972")).toBe(
      "jeudi 4 novembre 2027 à 14 h 00 (heure de Paris), 9 h 00 en Martinique",
    );
  });

  it("knows Saint-Pierre-et-Miquelon switches on other dates than Paris", () => {
    // Between 14 March 2027 (North America) and 28 March (Europe) it is only 3 hours behind.
    expect(textFr("2027-03-18T13:00:00Z", "975")).toBe(
      "jeudi 18 mars 2027 à 14 h 00 (heure de Paris), 11 h 00 à Saint-Pierre-et-Miquelon",
    );
    // Between 31 October (Europe) and 7 November 2027 (North America) also 3 hours.
    expect(textFr("2027-11-04T13:00:00Z", "975")).toBe(
      "jeudi 4 novembre 2027 à 14 h 00 (heure de Paris), 11 h 00 à Saint-Pierre-et-Miquelon",
    );
  });

  it("gives the local day when the session falls on another day overseas", () => {
    // 22 h 00 in Paris is already 1 h 00 the next day in La Réunion.
    expect(textFr("2027-01-14T21:00:00Z", "974")).toBe(
      "jeudi 14 janvier 2027 à 22 h 00 (heure de Paris), vendredi 15 janvier 2027 à 1 h 00 à La Réunion",
    );
    // 2 h 00 in Paris is still the evening before in Guyane.
    expect(textFr("2027-01-15T01:00:00Z", "973")).toBe(
      "vendredi 15 janvier 2027 à 2 h 00 (heure de Paris), jeudi 14 janvier 2027 à 22 h 00 en Guyane",
    );
  });

  it("writes the first of the month '1er' in the local day too", () => {
    expect(textFr("2027-03-31T20:30:00Z", "974")).toBe(
      "mercredi 31 mars 2027 à 22 h 30 (heure de Paris), jeudi 1er avril 2027 à 0 h 30 à La Réunion",
    );
  });

  it("writes English with English names and clock times", () => {
    expect(plain(sessionTimeText(tEn, new Date(winter), "974", "en"))).toBe(
      "Thursday, 14 January 2027 at 14:00 (Paris time), 17:00 in Réunion",
    );
    expect(plain(sessionTimeText(tEn, new Date(winter), "75", "en"))).toBe(
      "Thursday, 14 January 2027 at 14:00 (Paris time)",
    );
  });

  it("keeps each time on one line with non-breaking spaces", () => {
    const text = sessionTimeText(tFr, new Date(winter), "974", "fr");
    expect(text).toContain("14\u00a0h\u00a000");
    expect(text).toContain("17\u00a0h\u00a000");
  });
});

describe("sessionTime", () => {
  it("has a place for every overseas zone", () => {
    expect(Object.keys(placeKeys).sort()).toEqual(Object.keys(OVERSEAS_TIME_ZONES).sort());
    for (const key of Object.values(placeKeys)) {
      expect(fr[key]).toBeTruthy();
      expect(en[key]).toBeTruthy();
    }
  });

  it("gives the parts for pages that lay them out themselves", () => {
    const parts = sessionTime(new Date("2027-01-14T21:00:00Z"), "974", "fr");
    expect(parts.local).toMatchObject({
      code: "974",
      timeZone: "Indian/Reunion",
      sameDay: false,
      day: "vendredi 15 janvier 2027",
    });
    expect(plain(parts.paris.time)).toBe("22 h 00");
    expect(sessionTime(new Date(winter), "69", "fr").local).toBeNull();
  });
});
