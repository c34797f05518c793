/**
 * Streams what `write(out)` produces into the file store under a new key, so that a file of any
 * size (an export, an archive) costs constant memory; the writer and the store fail together,
 * and a file half written is removed. Returns the key and the stored size.
 */
import { PassThrough, type Writable } from "node:stream";
import { type FileStorage, newStorageKey } from "./storage";

export async function storeStream(
  storage: FileStorage,
  write: (out: Writable) => Promise<void>,
  options: { maxBytes: number },
): Promise<{ key: string; sizeBytes: number }> {
  const key = newStorageKey();
  const stream = new PassThrough({ highWaterMark: 64 * 1024 });
  const stored = storage.put(key, stream, { maxBytes: options.maxBytes });
  const written = write(stream).then(
    () => {
      stream.end();
    },
    (error: unknown) => {
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    },
  );
  const [storedResult, writtenResult] = await Promise.allSettled([stored, written]);
  if (writtenResult.status === "rejected") {
    if (storedResult.status === "fulfilled") await storage.delete(key);
    throw writtenResult.reason;
  }
  if (storedResult.status === "rejected") throw storedResult.reason;
  return { key, sizeBytes: storedResult.value.sizeBytes };
}
