// Checks one uploaded file (size, type sniffed from its bytes) and stores it under a generated
// key. The database row is written by the calling command; if that fails it deletes the file.
import { fileTypeFromBuffer } from "file-type";
import { type FileStorage, newStorageKey, StorageError } from "~/platform/storage/storage";
import {
  ATTACHMENT_MAX_BYTES,
  acceptedMimeType,
  attachmentSizeProblem,
  displayFileName,
  type SizeProblem,
} from "./rules";

/** Why a file was refused. */
export type FileProblem = SizeProblem | "type" | "rejected_by_scan" | "missing";

/** A stored file, ready to be recorded. */
export type StoredFile = {
  storageKey: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
};

/** Sniffs the content's type: the declared name and the browser's type are never trusted. */
export async function sniffMimeType(
  bytes: Uint8Array,
  displayName: string,
): Promise<string | null> {
  const sniffed = await fileTypeFromBuffer(bytes);
  return acceptedMimeType(sniffed ?? null, displayName);
}

/** Validates and stores a file; `currentTotalBytes` is what the application already holds. */
export async function storeFile(options: {
  storage: FileStorage;
  file: File | null;
  currentTotalBytes: number;
}): Promise<{ ok: true; stored: StoredFile } | { ok: false; problem: FileProblem }> {
  const { storage, file } = options;
  if (!file || (file.name === "" && file.size === 0)) return { ok: false, problem: "missing" };
  const sizeProblem = attachmentSizeProblem(file.size, options.currentTotalBytes);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  const fileName = displayFileName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = await sniffMimeType(bytes, fileName);
  if (!mimeType) return { ok: false, problem: "type" };
  const storageKey = newStorageKey();
  try {
    const { sizeBytes } = await storage.put(storageKey, bytes, { maxBytes: ATTACHMENT_MAX_BYTES });
    return { ok: true, stored: { storageKey, fileName, mimeType, sizeBytes } };
  } catch (error) {
    if (error instanceof StorageError && error.code === "too_large") {
      return { ok: false, problem: "file_too_large" };
    }
    if (error instanceof StorageError && error.code === "rejected_by_scan") {
      return { ok: false, problem: "rejected_by_scan" };
    }
    throw error;
  }
}
