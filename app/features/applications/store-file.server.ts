// Checks one uploaded file (size, type sniffed from its bytes) and stores it under a generated
// key. The database row is written by the calling command; if that fails it deletes the file.
// A refused file is thrown as a "file" Refusal (refusals.ts).
import { fileTypeFromBuffer } from "file-type";
import { type FileStorage, newStorageKey, StorageError } from "~/platform/storage/storage";
import { refuseFile } from "./refusals";
import {
  ATTACHMENT_MAX_BYTES,
  acceptedMimeType,
  attachmentSizeProblem,
  displayFileName,
} from "./rules";

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

/**
 * Validates and stores a file; `currentTotalBytes` is what the application already holds.
 * Throws a "file" Refusal (nothing stored) when the file is missing, too large, of a refused type
 * or rejected by the scan.
 */
export async function storeFile(options: {
  storage: FileStorage;
  file: File | null;
  currentTotalBytes: number;
}): Promise<StoredFile> {
  const { storage, file } = options;
  if (!file || (file.name === "" && file.size === 0)) return refuseFile("missing", "");
  const sizeProblem = attachmentSizeProblem(file.size, options.currentTotalBytes);
  if (sizeProblem) return refuseFile(sizeProblem, file.name);
  const fileName = displayFileName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = await sniffMimeType(bytes, fileName);
  if (!mimeType) return refuseFile("type", file.name);
  const storageKey = newStorageKey();
  try {
    const { sizeBytes } = await storage.put(storageKey, bytes, { maxBytes: ATTACHMENT_MAX_BYTES });
    return { storageKey, fileName, mimeType, sizeBytes };
  } catch (error) {
    if (error instanceof StorageError && error.code === "too_large") {
      return refuseFile("file_too_large", file.name);
    }
    if (error instanceof StorageError && error.code === "rejected_by_scan") {
      return refuseFile("rejected_by_scan", file.name);
    }
    throw error;
  }
}
