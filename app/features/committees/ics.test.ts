import { describe, expect, it } from "vitest";
import {
  buildInvitation,
  type CalendarInvitation,
  calendarContentType,
  escapeText,
  foldLine,
  formatUtcDateTime,
  quoteParameter,
} from "./ics";

function invitation(overrides: Partial<CalendarInvitation> = {}): CalendarInvitation {
  return {
    uid: "committee-session-7d0c@digitess.example",
    sequence: 0,
    method: "REQUEST",
    stamp: new Date("2027-01-04T08:30:12.345Z"),
    startsAt: new Date("2027-01-14T13:00:00Z"),
    endsAt: new Date("2027-01-14T15:00:00Z"),
    summary: "Comité de criblage Digit'ESS – janvier 2027",
    description: "Ordre du jour : 3 dossiers.\nJeudi 14 janvier 2027 à 14 h 00 (heure de Paris)",
    place: "Maison de l'ESS, 12 rue de la Paix, 75002 Paris",
    videoLink: null,
    organizer: { name: "Karim Benali", email: "karim.benali@demo.digitess.fr" },
    attendees: [
      { name: "Paul Lefèvre", email: "paul.lefevre@demo.digitess.fr" },
      { name: "Claire Moreau", email: "claire.moreau@demo.digitess.fr" },
    ],
    ...overrides,
  };
}

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Splits a file into physical lines; fails on any line break that is not CRLF. */
function physicalLines(file: string): string[] {
  expect(file.endsWith("\r\n")).toBe(true);
  const lines = file.slice(0, -2).split("\r\n");
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines;
}

/** Unfolds (RFC 5545 3.1: a CRLF followed by one space or tab is removed). */
function contentLines(file: string): string[] {
  return file
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
}

/** Reads a TEXT value back (3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === "n" || char === "N" ? "\n" : char,
  );
}

/** The content lines of a property, by name (parameters kept). */
function property(file: string, name: string): string[] {
  return contentLines(file).filter((line) => new RegExp(`^${name}[;:]`).test(line));
}

/** The value of a single property without parameters. */
function value(file: string, name: string): string {
  const lines = property(file, name);
  expect(lines, name).toHaveLength(1);
  return (lines[0] as string).slice(name.length + 1);
}

describe("buildInvitation", () => {
  it("writes a VCALENDAR with one VEVENT and every property a request needs", () => {
    const file = buildInvitation(invitation());
    const lines = contentLines(file);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.indexOf("BEGIN:VEVENT")).toBeLessThan(lines.indexOf("END:VEVENT"));
    expect(value(file, "VERSION")).toBe("2.0");
    expect(value(file, "PRODID")).toBe("-//Digit'ESS//Committee sessions//FR");
    expect(value(file, "METHOD")).toBe("REQUEST");
    expect(value(file, "UID")).toBe("committee-session-7d0c@digitess.example");
    expect(value(file, "SEQUENCE")).toBe("0");
    expect(value(file, "STATUS")).toBe("CONFIRMED");
    // METHOD sits in the calendar, not in the event.
    expect(lines.indexOf("METHOD:REQUEST")).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
  });

  it("writes the instants in UTC, without milliseconds", () => {
    const file = buildInvitation(invitation());
    expect(value(file, "DTSTAMP")).toBe("20270104T083012Z");
    expect(value(file, "DTSTART")).toBe("20270114T130000Z");
    expect(value(file, "DTEND")).toBe("20270114T150000Z");
    expect(contentLines(file).some((line) => line.includes("TZID"))).toBe(false);
  });

  it("escapes the texts and reads them back unchanged", () => {
    const description = "Ligne 1, avec virgule; point-virgule\\barre\r\nLigne 2\nLigne 3\rfin";
    const file = buildInvitation(invitation({ description, summary: "A, B; C" }));
    expect(value(file, "SUMMARY")).toBe("A\\, B\\; C");
    expect(value(file, "DESCRIPTION")).toBe(
      "Ligne 1\\, avec virgule\\; point-virgule\\\\barre\\nLigne 2\\nLigne 3\\nfin",
    );
    expect(unescapeText(value(file, "DESCRIPTION"))).toBe(
      "Ligne 1, avec virgule; point-virgule\\barre\nLigne 2\nLigne 3\nfin",
    );
    expect(unescapeText(value(file, "LOCATION"))).toBe(
      "Maison de l'ESS, 12 rue de la Paix, 75002 Paris",
    );
  });

  it("names the organizer and each attendee, quoted, with an address to answer", () => {
    const file = buildInvitation(invitation());
    expect(property(file, "ORGANIZER")).toEqual([
      'ORGANIZER;CN="Karim Benali":mailto:karim.benali@demo.digitess.fr',
    ]);
    expect(property(file, "ATTENDEE")).toEqual([
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paul Lefèvre":mailto:paul.lefevre@demo.digitess.fr',
      'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Claire Moreau":mailto:claire.moreau@demo.digitess.fr',
    ]);
  });

  it("asks no answer when the organizer's address is not read (rsvp: false)", () => {
    const file = buildInvitation(invitation({ rsvp: false }));
    for (const line of property(file, "ATTENDEE")) {
      expect(line).toContain(";PARTSTAT=NEEDS-ACTION;RSVP=FALSE;");
      expect(line).not.toContain("RSVP=TRUE");
    }
  });

  it("keeps a name with quotes, colons and line breaks inside its parameter", () => {
    const file = buildInvitation(
      invitation({
        attendees: [{ name: 'Anne "Nanou" Dupont: trésorière;\nCA', email: "anne@asso.fr" }],
      }),
    );
    expect(property(file, "ATTENDEE")[0]).toContain(
      `CN="Anne ^'Nanou^' Dupont: trésorière;^nCA":mailto:anne@asso.fr`,
    );
  });

  it("puts a place in LOCATION, a video link in URL (and in LOCATION when there is no place)", () => {
    const placeOnly = buildInvitation(invitation());
    expect(property(placeOnly, "URL")).toEqual([]);

    const link = "https://visio.example.fr/j/123?pwd=a,b;c";
    const videoOnly = buildInvitation(invitation({ place: null, videoLink: link }));
    expect(value(videoOnly, "URL")).toBe(link);
    expect(unescapeText(value(videoOnly, "LOCATION"))).toBe(link);

    const both = buildInvitation(invitation({ place: "Salle 2", videoLink: link }));
    expect(value(both, "LOCATION")).toBe("Salle 2");
    expect(value(both, "URL")).toBe(link);

    const neither = buildInvitation(invitation({ place: "  ", videoLink: "" }));
    expect(property(neither, "LOCATION")).toEqual([]);
    expect(property(neither, "URL")).toEqual([]);
  });

  it("cancels with the same UID, a higher sequence and no answer asked", () => {
    const file = buildInvitation(invitation({ method: "CANCEL", sequence: 2 }));
    expect(value(file, "METHOD")).toBe("CANCEL");
    expect(value(file, "STATUS")).toBe("CANCELLED");
    expect(value(file, "SEQUENCE")).toBe("2");
    for (const line of property(file, "ATTENDEE")) {
      expect(line).not.toContain("RSVP");
      expect(line).not.toContain("PARTSTAT");
    }
  });

  it("ends every line with CRLF and keeps every physical line within 75 octets", () => {
    const long = `${"Ordre du jour très détaillé, avec des accents é è à ç œ et des emoji 🗓️📎, ".repeat(12)}fin`;
    const file = buildInvitation(
      invitation({
        description: long,
        summary: "É".repeat(100),
        attendees: [{ name: "Ç".repeat(60), email: "c@asso.fr" }],
      }),
    );
    const lines = physicalLines(file);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(unescapeText(value(file, "DESCRIPTION"))).toBe(long);
    expect(unescapeText(value(file, "SUMMARY"))).toBe("É".repeat(100));
  });

  it("refuses what would break the file or the calendar", () => {
    const cases: Partial<CalendarInvitation>[] = [
      { endsAt: new Date("2027-01-14T13:00:00Z") },
      { endsAt: new Date("2027-01-14T12:00:00Z") },
      { startsAt: new Date("not a date") },
      { sequence: -1 },
      { sequence: 1.5 },
      { uid: "  " },
      { summary: " " },
      { videoLink: "javascript:alert(1)" },
      { videoLink: "pas un lien" },
      { organizer: { name: "X", email: "x@y.fr\r\nATTENDEE:mailto:intrus@z.fr" } },
      { attendees: [{ name: "Y", email: "sans-arobase" }] },
      { attendees: [{ name: "Y", email: "y@z.fr;ROLE=CHAIR" }] },
    ];
    for (const overrides of cases) {
      expect(() => buildInvitation(invitation(overrides)), JSON.stringify(overrides)).toThrow(
        RangeError,
      );
    }
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a continuation", () => {
    const exact = "A".repeat(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine(`${exact}B`)).toBe(`${exact}\r\n B`);
    // A continuation holds 74 octets after its space.
    expect(foldLine("A".repeat(75 + 74 + 1))).toBe(`${"A".repeat(75)}\r\n ${"A".repeat(74)}\r\n A`);
  });

  it("never cuts a UTF-8 character: each physical line decodes on its own", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    // 74 ASCII octets then 2-octet "é": the é would straddle octets 75-76, so it moves down.
    expect(foldLine(`${"A".repeat(74)}é`)).toBe(`${"A".repeat(74)}\r\n é`);
    for (const filler of ["é", "€", "🗓", "ç̧"]) {
      for (let shift = 0; shift < 4; shift += 1) {
        const line = "x".repeat(shift) + filler.repeat(80);
        const physical = foldLine(line).split("\r\n");
        for (const [index, part] of physical.entries()) {
          const bytes = new TextEncoder().encode(part);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(() => strict.decode(bytes)).not.toThrow();
          // No half of a surrogate pair either (it would encode as U+FFFD, not as the emoji).
          expect(part).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
          );
          if (index > 0) expect(part.startsWith(" ")).toBe(true);
        }
        expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(
          line,
        );
      }
    }
  });
});

describe("escapeText, quoteParameter and formatUtcDateTime", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", "a\\,b"],
    ["a;b", "a\\;b"],
    ["a\\b", "a\\\\b"],
    ["a\nb", "a\\nb"],
    ["a\r\nb", "a\\nb"],
    ['a:b "c"', 'a:b "c"'],
    ["bell\u0007 tab\tkept", "bell tab\tkept"],
  ])("escapes %j as %j", (input, output) => expect(escapeText(input)).toBe(output));

  it("quotes parameters with RFC 6868 escapes", () => {
    expect(quoteParameter("Nadia Martin")).toBe('"Nadia Martin"');
    expect(quoteParameter('a"b^c\nd')).toBe(`"a^'b^^c^nd"`);
  });

  it("writes UTC date-times and refuses invalid dates", () => {
    expect(formatUtcDateTime(new Date("2027-03-28T01:30:59.999Z"))).toBe("20270328T013059Z");
    expect(() => formatUtcDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("gives the attachment's content type", () => {
    expect(calendarContentType("REQUEST")).toBe("text/calendar; charset=UTF-8; method=REQUEST");
  });
});
