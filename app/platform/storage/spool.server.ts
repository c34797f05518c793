/**
 * Spools an upload to a temporary file: the body is streamed with its size counted (refused as
 * soon as it grows past the limit), then the scan hook sees the complete file. Every backend
 * stores only what this accepted, so the size cap and the scan mean the same on disk and on S3.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { type ScanHook, type StorageBody, StorageError } from "./storage";

/** A complete, scanned file in `dir`; `discard()` removes it (safe to call twice). */
export type SpooledFile = { path: string; sizeBytes: number; discard(): Promise<void> };

/** Streams `body` into a new file of `dir`; on any failure nothing is left behind. */
export async function spoolToFile(
  body: StorageBody,
  options: { dir: string; maxBytes: number; scan?: ScanHook },
): Promise<SpooledFile> {
  await mkdir(options.dir, { recursive: true });
  const temporary = path.join(options.dir, randomUUID());
  const discard = () => rm(temporary, { force: true });
  let sizeBytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.byteLength;
      if (sizeBytes > options.maxBytes) {
        callback(new StorageError("too_large", `more than ${options.maxBytes} bytes`));
        return;
      }
      callback(null, chunk);
    },
  });
  try {
    await pipeline(toNodeReadable(body), counter, createWriteStream(temporary, { flags: "wx" }));
    if (options.scan) {
      const verdict = await options.scan({ path: temporary, sizeBytes });
      if (!verdict.clean) throw new StorageError("rejected_by_scan", verdict.reason);
    }
    return { path: temporary, sizeBytes, discard };
  } catch (error) {
    await discard();
    throw error;
  }
}

function toNodeReadable(body: StorageBody): Readable {
  if (body instanceof Uint8Array) return Readable.from([body]);
  if (typeof (body as ReadableStream).getReader === "function") {
    return Readable.fromWeb(body as unknown as NodeWebReadableStream<Uint8Array>);
  }
  return Readable.from(body as AsyncIterable<Uint8Array>);
}
