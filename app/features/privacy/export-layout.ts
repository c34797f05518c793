/**
 * The layout of a personal-data archive (ADR 0012): one `donnees.json` with everything the
 * member may see, a `LISEZ-MOI.txt`, and each document under `pieces-jointes/<application>/`.
 * Entry names come from users' file names, so they are cleaned here: no path separators, no
 * `..`, no control or bidirectional characters (a "right-to-left override" would disguise an
 * extension), a bounded length, and unique within the archive. Pure.
 */

/** The `exports.kind` of a personal-data archive (the review's exports are "review_inbox"). */
export const PERSONAL_EXPORT_KIND = "personal_data";
/** Its `exports.format`. */
export const PERSONAL_EXPORT_FORMAT = "zip";
/** The version of the JSON document's shape, written in it. */
export const PERSONAL_EXPORT_SCHEMA = "digitess-donnees-personnelles/1";

export const DATA_ENTRY = "donnees.json";
export const README_ENTRY = "LISEZ-MOI.txt";
export const ATTACHMENTS_FOLDER = "pieces-jointes";

const MAX_SEGMENT = 80;

/** Control, bidirectional and invisible format characters, and what no file system accepts. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const RESERVED = /[/\\:*?"<>|]/g;

/** One path segment made of `raw`, or `fallback` when nothing usable is left. */
export function safeSegment(raw: string, fallback: string): string {
  const cleaned = raw
    .normalize("NFC")
    .replace(UNSAFE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (cleaned === "") return fallback;
  if (cleaned.length <= MAX_SEGMENT) return cleaned;
  // Keep the extension (up to 10 characters) when shortening.
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 11 ? cleaned.slice(dot) : "";
  return `${cleaned.slice(0, MAX_SEGMENT - extension.length).trimEnd()}${extension}`;
}

/** Hands out entry names, adding " (2)", " (3)"… before the extension of a name already used. */
export function uniqueNames(): (name: string) => string {
  const used = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
      const slash = name.lastIndexOf("/");
      const dot = name.lastIndexOf(".");
      const cut = dot > slash + 1 ? dot : name.length;
      candidate = `${name.slice(0, cut)} (${n})${name.slice(cut)}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

/** The entry of one document: its application's number (or "brouillon-<id>") then its name. */
export function attachmentEntryName(input: {
  applicationNumber: string | null;
  applicationId: string;
  fileName: string;
}): string {
  const folder = input.applicationNumber
    ? safeSegment(input.applicationNumber, input.applicationId)
    : `brouillon-${input.applicationId.slice(0, 8)}`;
  return `${ATTACHMENTS_FOLDER}/${folder}/${safeSegment(input.fileName, "document")}`;
}

/** The archive's download name, e.g. "mes-donnees-digitess-2027-03-01.zip". */
export function personalExportFileName(calendarDate: string, locale: "fr" | "en"): string {
  const stem = locale === "en" ? "my-data-digitess" : "mes-donnees-digitess";
  return `${stem}-${calendarDate}.zip`;
}
