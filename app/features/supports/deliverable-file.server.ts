// A deliverable's file (issue 15: "deliverables with files"): the same rules as an application's
// documents (at most 10 MB; PDF, office documents and images, the type sniffed from the bytes,
// never the name), stored under a generated key before its milestone row; a refused file is a
// 400 naming the file field, nothing stored.
import { ATTACHMENT_MAX_BYTES, displayFileName } from "~/features/applications";
import { sniffMimeType } from "~/features/applications/index.server";
import { refuse } from "~/platform/commands/outcome";
import { type FileStorage, newStorageKey, StorageError } from "~/platform/storage/storage";

export type StoredDeliverable = {
  storageKey: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
};

const refuseFile = (message: string): never =>
  refuse({ code: "file_refused", message, field: "file" });

export async function storeDeliverable(
  storage: FileStorage,
  file: File,
): Promise<StoredDeliverable> {
  if (file.size === 0) refuseFile("supports.milestone.error.fileEmpty");
  if (file.size > ATTACHMENT_MAX_BYTES) refuseFile("supports.milestone.error.fileTooLarge");
  const fileName = displayFileName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = await sniffMimeType(bytes, fileName);
  if (!mimeType) return refuseFile("supports.milestone.error.fileType");
  const storageKey = newStorageKey();
  try {
    const { sizeBytes } = await storage.put(storageKey, bytes, { maxBytes: ATTACHMENT_MAX_BYTES });
    return { storageKey, fileName, mimeType, sizeBytes };
  } catch (error) {
    if (error instanceof StorageError && error.code === "too_large") {
      return refuseFile("supports.milestone.error.fileTooLarge");
    }
    if (error instanceof StorageError && error.code === "rejected_by_scan") {
      return refuseFile("supports.milestone.error.fileRejected");
    }
    throw error;
  }
}
