/**
 * Files on the local disk under `root` (by default `$DATA_DIR/uploads`, outside the web root).
 * A file is first streamed to `root/.incoming/` with its size counted, then scanned, then moved
 * into place with a rename, so a reader never sees a partial or unscanned file.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import {
  type FileStorage,
  isStorageKey,
  type ScanHook,
  type StorageBody,
  StorageError,
} from "./storage";

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
      await mkdir(incoming, { recursive: true });
      const temporary = path.join(incoming, randomUUID());
      let sizeBytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          sizeBytes += chunk.byteLength;
          if (sizeBytes > maxBytes) {
            callback(new StorageError("too_large", `more than ${maxBytes} bytes`));
            return;
          }
          callback(null, chunk);
        },
      });
      try {
        await pipeline(
          toNodeReadable(body),
          counter,
          createWriteStream(temporary, { flags: "wx" }),
        );
        if (scan) {
          const verdict = await scan({ path: temporary, sizeBytes });
          if (!verdict.clean) throw new StorageError("rejected_by_scan", verdict.reason);
        }
        await mkdir(path.dirname(target), { recursive: true });
        await rename(temporary, target);
        return { sizeBytes };
      } catch (error) {
        await rm(temporary, { force: true });
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

function toNodeReadable(body: StorageBody): Readable {
  if (body instanceof Uint8Array) return Readable.from([body]);
  if (typeof (body as ReadableStream).getReader === "function") {
    return Readable.fromWeb(body as unknown as NodeWebReadableStream<Uint8Array>);
  }
  return Readable.from(body as AsyncIterable<Uint8Array>);
}
