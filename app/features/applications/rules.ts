// Pure rules of the application form (no I/O): steps, amounts per level, which documents each
// level needs, attachment size limits, accepted file types, safe display names.
import { type SupportLevelId, splitCost } from "~/features/funding";

/** The form's steps with fields, in order; step 6 is the summary page. */
export const formSteps = [1, 2, 3, 4, 5] as const;
export type FormStep = (typeof formSteps)[number];
/** Total number of steps shown in the progress indicator (5 forms + the summary). */
export const STEP_COUNT = 6;
export const SUMMARY_STEP = 6;

/** Reads a step number from a URL parameter, or null when it is not one of the form's steps. */
export function parseFormStep(value: string | undefined): FormStep | null {
  if (value === undefined || !/^[1-5]$/.test(value)) return null;
  return Number(value) as FormStep;
}

/** The support levels, in the order the form shows them. */
export const levelKinds = [
  "diagnostic",
  "scoping",
  "production",
] as const satisfies readonly SupportLevelId[];
export type LevelKind = (typeof levelKinds)[number];

/** Tells whether a value is a support level kind. */
export function isLevelKind(value: unknown): value is LevelKind {
  return typeof value === "string" && (levelKinds as readonly string[]).includes(value);
}

/** Scoping and production ask for a total cost, quotes and a rate; the diagnostic does not. */
export function levelRequiresCost(kind: LevelKind): boolean {
  return kind !== "diagnostic";
}

/** The programme's share and the remaining cost of a level: computed with the funding rules. */
export function levelAmounts(totalCostCents: number, ratePercent: number) {
  const split = splitCost(totalCostCents, ratePercent);
  return { programmeShareCents: split.programmeShareCents, remainingCents: split.remainingCents };
}

/** Documents an applicant can attach to the application (answers to staff are "answer"). */
export const attachmentKinds = [
  "statutes",
  "accounts",
  "specifications",
  "quote",
  "other",
] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];
/** Every kind stored in application_attachments, including the files sent with an answer. */
export type StoredAttachmentKind = AttachmentKind | "answer";

/** Tells whether a value is an attachment kind the form accepts. */
export function isAttachmentKind(value: unknown): value is AttachmentKind {
  return typeof value === "string" && (attachmentKinds as readonly string[]).includes(value);
}

/** Statutes and the last annual accounts (or the budget) are always required. */
export function requiredAttachmentKinds(_levels: readonly LevelKind[]): AttachmentKind[] {
  return ["statutes", "accounts"];
}

/** The kinds offered for the chosen levels: specifications for production, quotes with costs. */
export function allowedAttachmentKinds(levels: readonly LevelKind[]): AttachmentKind[] {
  return attachmentKinds.filter((kind) => {
    if (kind === "specifications") return levels.includes("production");
    if (kind === "quote") return levels.some(levelRequiresCost);
    return true;
  });
}

/** The required kinds that no attached file covers yet. */
export function missingAttachmentKinds(
  levels: readonly LevelKind[],
  presentKinds: readonly string[],
): AttachmentKind[] {
  return requiredAttachmentKinds(levels).filter((kind) => !presentKinds.includes(kind));
}

/** At most 10 MB per file. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** At most 50 MB for all the files of one application. */
export const APPLICATION_ATTACHMENTS_MAX_BYTES = 50 * 1024 * 1024;
/** Room for the multipart boundaries and the other fields of an upload request. */
export const UPLOAD_REQUEST_OVERHEAD_BYTES = 64 * 1024;

export type SizeProblem = "empty" | "file_too_large" | "application_total_too_large";

/**
 * What one more file may weigh on an application: the server checks it, and the loader sends it
 * to the page so that a file too large is refused in the browser before it is uploaded.
 */
export type UploadLimit = {
  /** The largest file accepted (10 MB). */
  readonly fileMaxBytes: number;
  /** What the application may still hold (50 MB minus its files). */
  readonly remainingTotalBytes: number;
};

/** The limit of one more file on an application whose files already total `currentTotalBytes`. */
export function uploadLimitFor(currentTotalBytes: number): UploadLimit {
  return {
    fileMaxBytes: ATTACHMENT_MAX_BYTES,
    remainingTotalBytes: Math.max(0, APPLICATION_ATTACHMENTS_MAX_BYTES - currentTotalBytes),
  };
}

/** Why a file of `sizeBytes` is refused under `limit` (the rule of the server and the page). */
export function uploadSizeProblem(sizeBytes: number, limit: UploadLimit): SizeProblem | null {
  if (sizeBytes <= 0) return "empty";
  if (sizeBytes > limit.fileMaxBytes) return "file_too_large";
  if (sizeBytes > limit.remainingTotalBytes) return "application_total_too_large";
  return null;
}

/** Why a file of `sizeBytes` cannot be added to files already totalling `currentTotalBytes`. */
export function attachmentSizeProblem(
  sizeBytes: number,
  currentTotalBytes: number,
): SizeProblem | null {
  return uploadSizeProblem(sizeBytes, uploadLimitFor(currentTotalBytes));
}

/** The size problems for which the page explains how to make a file smaller. */
export function isSizeProblem(problem: string): boolean {
  return problem === "file_too_large" || problem === "application_total_too_large";
}

/** The bytes left for one more file: the smaller of the per-file and the remaining total limit. */
export function remainingUploadBytes(currentTotalBytes: number): number {
  const limit = uploadLimitFor(currentTotalBytes);
  return Math.min(limit.fileMaxBytes, limit.remainingTotalBytes);
}

/** The file types accepted, by the MIME type sniffed from the content. */
export const acceptedFileTypes: Readonly<Record<string, { label: string }>> = {
  "application/pdf": { label: "PDF" },
  "image/jpeg": { label: "JPEG" },
  "image/png": { label: "PNG" },
  "image/webp": { label: "WebP" },
  "image/heic": { label: "HEIC" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { label: "Word" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { label: "Excel" },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    label: "PowerPoint",
  },
  "application/vnd.oasis.opendocument.text": { label: "OpenDocument texte" },
  "application/vnd.oasis.opendocument.spreadsheet": { label: "OpenDocument tableur" },
  "application/vnd.oasis.opendocument.presentation": { label: "OpenDocument présentation" },
  "application/msword": { label: "Word 97-2003" },
  "application/vnd.ms-excel": { label: "Excel 97-2003" },
  "application/vnd.ms-powerpoint": { label: "PowerPoint 97-2003" },
};

/** The `accept` attribute of the file input (a hint for the picker; the server sniffs). */
export const fileInputAccept =
  ".pdf,.jpg,.jpeg,.png,.webp,.heic,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp";

/** Legacy Office files share one container format (CFB); their extension tells which it is. */
const legacyOfficeByExtension: Readonly<Record<string, string>> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/**
 * The MIME type to store for a file whose content was sniffed as `sniffed` (null when the content
 * matched no known format), or null when the file is refused. The name never decides alone: it
 * only tells legacy Word, Excel and PowerPoint apart inside their common container.
 */
export function acceptedMimeType(
  sniffed: { mime: string } | null,
  displayName: string,
): string | null {
  if (!sniffed) return null;
  if (sniffed.mime === "application/x-cfb") {
    const extension = /\.([a-z0-9]+)$/i.exec(displayName)?.[1]?.toLowerCase() ?? "";
    return legacyOfficeByExtension[extension] ?? null;
  }
  return sniffed.mime in acceptedFileTypes ? sniffed.mime : null;
}

const MAX_DISPLAY_NAME_LENGTH = 180;

/**
 * A file name safe to show and to put in a header: the last path segment of what the browser
 * sent, without control characters, trimmed and shortened (keeping the extension).
 */
export function displayFileName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = withoutHiddenCharacters(lastSegment).trim();
  const name = cleaned.replace(/^\.+/, "").trim();
  if (name === "") return "document";
  if (name.length <= MAX_DISPLAY_NAME_LENGTH) return name;
  const extension = /\.[a-z0-9]{1,5}$/i.exec(name)?.[0] ?? "";
  return name.slice(0, MAX_DISPLAY_NAME_LENGTH - extension.length) + extension;
}

/**
 * Removes what a person cannot see but a screen or a header would act on: control characters,
 * and the bidirectional and invisible format characters (U+202E "right-to-left override" turns
 * "fdp.exe" into what reads as "exe.pdf").
 */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
    "",
  );
}

/**
 * The Content-Disposition header of a download: always an attachment, with an ASCII fallback
 * name and the exact name encoded as RFC 5987 (so quotes, accents and semicolons are harmless).
 */
export function contentDisposition(storedName: string): string {
  // Names stored before bidi controls were stripped are cleaned here too.
  const displayName = withoutHiddenCharacters(storedName) || "document";
  const fallback =
    displayName
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\;]/g, "_")
      .trim() || "document";
  const encoded = encodeURIComponent(displayName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
