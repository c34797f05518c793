/**
 * A committee session's invitation as an iCalendar file (RFC 5545), attached to the invitation
 * e-mail so each member's calendar shows the session at the right time wherever they live:
 * DTSTART and DTEND are UTC instants, so no VTIMEZONE is needed. METHOD:REQUEST asks for an
 * answer (a later change sends the same UID with a higher SEQUENCE; METHOD:CANCEL withdraws it).
 *
 * Lines end with CRLF and are folded at 75 octets without cutting a UTF-8 character (3.1); TEXT
 * values escape backslash, semicolon, comma and line breaks (3.3.11); parameter values (the
 * names) are quoted, with RFC 6868's ^-escapes for quotes and line breaks. Pure: no I/O.
 */

/** One person of the invitation: a display name and an e-mail address. */
export interface CalendarPerson {
  readonly name: string;
  readonly email: string;
}

/** What an invitation says. */
export interface CalendarInvitation {
  /** Stable for the session, for example `committee-session-<id>@<host>`. */
  readonly uid: string;
  /** 0 for the first invitation, one more on each change of the same session. */
  readonly sequence: number;
  readonly method: "REQUEST" | "CANCEL";
  /** When this version of the invitation was written (DTSTAMP). */
  readonly stamp: Date;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly summary: string;
  readonly description: string;
  /** A place people come to, or null. */
  readonly place: string | null;
  /** An https (or http) link to the video call, or null. */
  readonly videoLink: string | null;
  readonly organizer: CalendarPerson;
  readonly attendees: readonly CalendarPerson[];
  /**
   * Whether the organizer reads the attendees' answers (RSVP=TRUE, the default). False when the
   * organizer's address is not read (a no-reply sender): calendars then add the event without
   * sending an answer that would bounce.
   */
  readonly rsvp?: boolean;
}

/** The Content-Type of the attachment (and of a download) for a method. */
export function calendarContentType(method: CalendarInvitation["method"]): string {
  return `text/calendar; charset=UTF-8; method=${method}`;
}

/** The longest line in octets, line break excluded (RFC 5545, 3.1). */
export const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** Control characters other than tab: not allowed in TEXT or parameter values. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controls = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Escapes a TEXT value: "\" "," ";" and line breaks (CRLF, LF or CR become "\n"); other control
 * characters are removed.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(controls, "")
    .replace(/[\\;,\n]/g, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}

/**
 * A parameter value such as CN, always quoted: RFC 6868 writes "^" as "^^", a line break as "^n"
 * and a double quote as "^'"; other control characters are removed.
 */
export function quoteParameter(value: string): string {
  const escaped = value
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(controls, "")
    .replace(/[\^\n"]/g, (char) => ({ "^": "^^", "\n": "^n", '"': "^'" })[char] ?? char);
  return `"${escaped}"`;
}

/** Writes an instant in UTC, as DATE-TIME form 2 (3.3.5): "20270114T130000Z". */
export function formatUtcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Not a date");
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/**
 * Folds one content line: at most 75 octets per physical line, each continuation starting with a
 * space (which counts in its 75 octets); a multi-octet UTF-8 character is never cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const length = octets(char);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (size + length > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const emailPattern = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]+$/;

function mailto(person: CalendarPerson, role: string): string {
  if (!emailPattern.test(person.email)) throw new RangeError(`Not an e-mail address: ${role}`);
  return `mailto:${person.email}`;
}

function videoUri(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new RangeError("The video link is not a URL");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || /[\s"<>]/.test(link)) {
    throw new RangeError("The video link must be an http(s) URL");
  }
  return url.href;
}

/**
 * The whole .ics file of an invitation, CRLF line endings and folded lines. Throws a RangeError
 * on input no form should let through (an end before the start, an address or a link that
 * would break the file).
 */
export function buildInvitation(invitation: CalendarInvitation): string {
  const { startsAt, endsAt } = invitation;
  if (!(endsAt.getTime() > startsAt.getTime())) {
    throw new RangeError("The session must end after it starts");
  }
  if (!Number.isSafeInteger(invitation.sequence) || invitation.sequence < 0) {
    throw new RangeError("The sequence is a whole number from 0");
  }
  const uid = invitation.uid.replace(controls, "").trim();
  if (uid === "" || /[\r\n]/.test(uid)) throw new RangeError("The invitation needs a UID");
  if (invitation.summary.trim() === "") throw new RangeError("The invitation needs a summary");

  const cancelled = invitation.method === "CANCEL";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Digit'ESS//Committee sessions//FR",
    "CALSCALE:GREGORIAN",
    `METHOD:${invitation.method}`,
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `SEQUENCE:${invitation.sequence}`,
    `DTSTAMP:${formatUtcDateTime(invitation.stamp)}`,
    `DTSTART:${formatUtcDateTime(startsAt)}`,
    `DTEND:${formatUtcDateTime(endsAt)}`,
    `SUMMARY:${escapeText(invitation.summary)}`,
    `DESCRIPTION:${escapeText(invitation.description)}`,
  ];
  const place = invitation.place?.trim() ? invitation.place.trim() : null;
  const link = invitation.videoLink?.trim() ? videoUri(invitation.videoLink.trim()) : null;
  // Many calendars show LOCATION and not URL: a video-only session puts its link in both.
  const location = place ?? link;
  if (location !== null) lines.push(`LOCATION:${escapeText(location)}`);
  if (link !== null) lines.push(`URL:${link}`);
  lines.push(
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    `ORGANIZER;CN=${quoteParameter(invitation.organizer.name)}:${mailto(invitation.organizer, "organizer")}`,
  );
  for (const [index, attendee] of invitation.attendees.entries()) {
    lines.push(
      [
        "ATTENDEE",
        "CUTYPE=INDIVIDUAL",
        "ROLE=REQ-PARTICIPANT",
        // A request asks each member to answer; a cancellation asks nothing.
        ...(cancelled
          ? []
          : ["PARTSTAT=NEEDS-ACTION", `RSVP=${invitation.rsvp === false ? "FALSE" : "TRUE"}`]),
        `CN=${quoteParameter(attendee.name)}:${mailto(attendee, `attendee ${index + 1}`)}`,
      ].join(";"),
    );
  }
  lines.push("END:VEVENT", "END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
