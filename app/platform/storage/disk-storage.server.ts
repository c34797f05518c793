/**
 * Files on the local disk under `root` (by default `$DATA_DIR/uploads`, outside the web root).
 * A file is first streamed to `root/.incoming/` with its size counted, then scanned, then moved
 * into place with a rename, so a reader never sees a partial or unscanned file.
 */
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { spoolToFile } from "./spool.server";
import { type FileStorage, isStorageKey, type ScanHook, StorageError } from "./storage";

export type DiskStorageOptions = {
  /** Directory of the files (created when missing). */
  root: string;
  /** Antivirus or other content check, run on the complete file before it is accepted. */
  scan?: ScanHook;
};

/** Creates a storage that keeps files on disk. */
export function createDiskStorage({ root, scan }: DiskStorageOptions): FileStorage {
  const base = path.resolve(root);
  const incoming = path.join(base, ".incoming");

  const pathOf = (key: string) => {
    if (!isStorageKey(key)) throw new StorageError("invalid_key", "not a generated storage key");
    return path.join(base, ...key.split("/"));
  };

  return {
    async put(key, body, { maxBytes }) {
      const target = pathOf(key);
      const file = await spoolToFile(body, { dir: incoming, maxBytes, scan });
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await rename(file.path, target);
        return { sizeBytes: file.sizeBytes };
      } catch (error) {
        await file.discard();
        throw error;
      }
    },

    async get(key) {
      const file = pathOf(key);
      try {
        await stat(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      return Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
