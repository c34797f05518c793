/**
 * Writing to a Node stream with backpressure: a chunk is handed over, and when the stream's
 * buffer is full the writer waits for "drain" before going on, so a producer never holds more
 * than one chunk plus the stream's buffer. A stream closed or failed under the writer rejects
 * the wait instead of leaving it pending (the reader gave up: a storage limit, a disconnect).
 */
import type { Writable } from "node:stream";

/** Writes `chunk` to `out`, waiting for "drain" when its buffer is full. */
export async function writeChunk(out: Writable, chunk: Uint8Array | string): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new Error("the export stream is closed");
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      out.off("drain", onDrain);
      out.off("error", onError);
      out.off("close", onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error("the export stream closed before the end"));
    };
    out.on("drain", onDrain);
    out.on("error", onError);
    out.on("close", onClose);
  });
}

/**
 * Groups small text pieces into chunks of about `size` characters, so that a row-per-piece
 * producer does not cost one write (and one deflate call) per row.
 */
export async function* chunked(
  pieces: AsyncIterable<string>,
  size = 64 * 1024,
): AsyncGenerator<string> {
  let buffer = "";
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}
